namespace MarketingSaaS.Framework;

internal sealed class RestoreScope(Action restore) : IDisposable
{
    private Action? _restore = restore;

    public void Dispose()
    {
        _restore?.Invoke();
        _restore = null;
    }
}

namespace MarketingSaaS.Framework.MultiTenancy;

public sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantInfo?> Current = new();

    public Guid? Id => Current.Value?.Id;

    public string? Name => Current.Value?.Name;

    public bool IsAvailable => Id.HasValue;

    public IDisposable Change(Guid? id, string? name = null)
    {
        var previous = Current.Value;
        Current.Value = new TenantInfo(id, name);
        return new RestoreScope(() => Current.Value = previous);
    }
}

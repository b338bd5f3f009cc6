using System.Collections.Immutable;

namespace MarketingSaaS.Framework.Data;

public sealed class DataFilter : IDataFilter
{
    private static readonly AsyncLocal<ImmutableHashSet<Type>?> Disabled = new();

    public IDisposable Disable<TFilter>() where TFilter : class => Set(typeof(TFilter), disabled: true);

    public IDisposable Enable<TFilter>() where TFilter : class => Set(typeof(TFilter), disabled: false);

    public bool IsEnabled<TFilter>() where TFilter : class => !(Disabled.Value?.Contains(typeof(TFilter)) ?? false);

    private static RestoreScope Set(Type filter, bool disabled)
    {
        var previous = Disabled.Value;
        var current = previous ?? [];
        Disabled.Value = disabled ? current.Add(filter) : current.Remove(filter);
        return new RestoreScope(() => Disabled.Value = previous);
    }
}

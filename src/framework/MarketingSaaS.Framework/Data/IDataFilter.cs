namespace MarketingSaaS.Framework.Data;

/// <summary>
/// The only way to switch a data filter off, and only for a scope:
/// <c>using (dataFilter.Disable&lt;IMultiTenant&gt;()) { ... }</c>.
/// </summary>
public interface IDataFilter
{
    IDisposable Disable<TFilter>() where TFilter : class;

    IDisposable Enable<TFilter>() where TFilter : class;

    bool IsEnabled<TFilter>() where TFilter : class;
}

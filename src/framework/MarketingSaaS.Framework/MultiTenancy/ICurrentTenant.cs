namespace MarketingSaaS.Framework.MultiTenancy;

public interface ICurrentTenant
{
    /// <summary>Null means the host side.</summary>
    Guid? Id { get; }

    string? Name { get; }

    bool IsAvailable { get; }

    /// <summary>Switches the ambient tenant until the returned scope is disposed.</summary>
    IDisposable Change(Guid? id, string? name = null);
}

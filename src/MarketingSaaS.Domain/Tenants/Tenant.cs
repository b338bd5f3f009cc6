using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Tenants;

/// <summary>A client company. Host-owned: it is not filtered by tenant.</summary>
public sealed class Tenant : FullAuditedAggregateRoot<Guid>
{
    private Tenant() { }

    internal Tenant(Guid id, string name, string slug, Guid? editionId)
        : base(id)
    {
        Name = name;
        Slug = slug;
        EditionId = editionId;
        IsActive = true;
    }

    public string Name { get; private set; } = "";

    /// <summary>Lower-case URL name: sub-domain, sign-in and the "__tenant" header use it.</summary>
    public string Slug { get; private set; } = "";

    public bool IsActive { get; private set; }

    public Guid? EditionId { get; private set; }

    /// <summary>Null: the tenant's data lives in the shared database.</summary>
    public string? ConnectionString { get; private set; }

    public void Rename(string name) => Name = name;

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;

    public void SetEdition(Guid? editionId) => EditionId = editionId;

    public void SetConnectionString(string? connectionString) =>
        ConnectionString = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
}

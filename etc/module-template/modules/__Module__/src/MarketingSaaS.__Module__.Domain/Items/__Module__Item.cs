using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.__Module__.Items;

/// <summary>A company's item of the __Module__ module (the generated starting point: a name and a description).</summary>
public sealed class __Module__Item : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private __Module__Item() { }

    internal __Module__Item(Guid id, string name, string? description) : base(id)
    {
        Name = name;
        Description = description;
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    internal void Change(string name, string? description)
    {
        Name = name;
        Description = description;
    }
}

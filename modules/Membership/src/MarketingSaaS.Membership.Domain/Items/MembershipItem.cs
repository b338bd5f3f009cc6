using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Membership.Items;

/// <summary>A company's item of the Membership module (the generated starting point: a name and a description).</summary>
public sealed class MembershipItem : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private MembershipItem() { }

    internal MembershipItem(Guid id, string name, string? description) : base(id)
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

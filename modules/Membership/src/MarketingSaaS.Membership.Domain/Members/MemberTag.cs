using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Membership.Members;

public sealed class MemberTag : Entity<Guid>, IMultiTenant
{
    private MemberTag() { }

    internal MemberTag(Guid id, Guid memberId, string name) : base(id)
    {
        MemberId = memberId;
        Name = name;
    }

    public Guid TenantId { get; private set; }

    public Guid MemberId { get; private set; }

    public string Name { get; private set; } = "";
}

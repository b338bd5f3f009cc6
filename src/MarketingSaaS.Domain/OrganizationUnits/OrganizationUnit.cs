using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.OrganizationUnits;

/// <summary>A department or group (部门 / 小组) in the tenant's org chart tree.</summary>
public sealed class OrganizationUnit : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private OrganizationUnit() { }

    internal OrganizationUnit(Guid id, string code, string displayName, Guid? parentId, OrganizationUnitKind kind)
        : base(id)
    {
        Code = code;
        DisplayName = displayName;
        ParentId = parentId;
        Kind = kind;
    }

    public Guid TenantId { get; private set; }

    /// <summary>Hierarchical code, e.g. "00001.00002"; a unit's subtree is every code starting with it.</summary>
    public string Code { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public Guid? ParentId { get; private set; }

    public OrganizationUnitKind Kind { get; private set; }

    /// <summary>The position whose holders head this unit (approvals escalate to it).</summary>
    public Guid? HeadPositionId { get; private set; }

    public void Rename(string displayName) => DisplayName = displayName.Trim();

    public void SetKind(OrganizationUnitKind kind) => Kind = kind;

    public void SetHead(Guid? positionId) => HeadPositionId = positionId;

    internal void MoveTo(Guid? parentId, string code)
    {
        ParentId = parentId;
        Code = code;
    }

    internal void SetCode(string code) => Code = code;
}

using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Positions;

/// <summary>A unit a position belongs to.</summary>
public sealed class PositionUnit : IMultiTenant
{
    private PositionUnit() { }

    internal PositionUnit(Guid positionId, Guid organizationUnitId)
    {
        PositionId = positionId;
        OrganizationUnitId = organizationUnitId;
    }

    public Guid TenantId { get; private set; }

    public Guid PositionId { get; private set; }

    public Guid OrganizationUnitId { get; private set; }
}

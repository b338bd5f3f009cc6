using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Positions;

/// <summary>A user holding a position (任职人员). A user may hold several positions.</summary>
public sealed class PositionHolder : IMultiTenant
{
    private PositionHolder() { }

    internal PositionHolder(Guid positionId, Guid userId)
    {
        PositionId = positionId;
        UserId = userId;
    }

    public Guid TenantId { get; private set; }

    public Guid PositionId { get; private set; }

    public Guid UserId { get; private set; }
}

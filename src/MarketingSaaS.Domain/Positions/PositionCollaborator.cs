using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Positions;

/// <summary>A position this one works with (协作岗位), e.g. the researcher works with the strategy planner.</summary>
public sealed class PositionCollaborator : IMultiTenant
{
    private PositionCollaborator() { }

    internal PositionCollaborator(Guid positionId, Guid collaboratorPositionId)
    {
        PositionId = positionId;
        CollaboratorPositionId = collaboratorPositionId;
    }

    public Guid TenantId { get; private set; }

    public Guid PositionId { get; private set; }

    public Guid CollaboratorPositionId { get; private set; }
}

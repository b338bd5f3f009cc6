using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;

namespace MarketingSaaS.Approvals;

/// <summary>The company's units and positions in memory (org charts are small), for resolving approvers.</summary>
internal sealed class OrgChartSnapshot(IReadOnlyList<OrganizationUnit> units, IReadOnlyList<Position> positions)
{
    private readonly Dictionary<Guid, OrganizationUnit> _units = units.ToDictionary(u => u.Id);
    private readonly Dictionary<Guid, Position> _positions = positions.ToDictionary(p => p.Id);

    public OrganizationUnit? Unit(Guid? id) => id is { } key ? _units.GetValueOrDefault(key) : null;

    public Position? Position(Guid? id) => id is { } key ? _positions.GetValueOrDefault(key) : null;

    public Guid? UnitOfUser(Guid userId) =>
        positions.Where(p => p.Holders.Any(h => h.UserId == userId)).SelectMany(p => p.Units).Select(u => (Guid?)u.OrganizationUnitId).FirstOrDefault();

    public bool IsInSubtree(Guid unitId, Guid rootId) =>
        Unit(unitId) is { } unit && Unit(rootId) is { } root && (unit.Id == root.Id || unit.Code.StartsWith(root.Code + ".", StringComparison.Ordinal));

    /// <summary>The holders of the unit's head post; a vacant post escalates to the unit above, and so on.</summary>
    public IReadOnlyList<ResolvedApprover> HeadOf(OrganizationUnit? unit, bool escalated = false)
    {
        for (var current = unit; current is not null; current = Unit(current.ParentId), escalated = true)
        {
            var head = Position(current.HeadPositionId);
            if (head is { IsVacant: false })
            {
                return [.. head.Holders.Select(h => new ResolvedApprover(h.UserId, head.Id, escalated))];
            }
        }

        return [];
    }
}

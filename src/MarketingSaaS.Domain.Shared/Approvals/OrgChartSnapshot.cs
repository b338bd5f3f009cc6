namespace MarketingSaaS.Approvals;

/// <summary>The company's units and positions in memory (org charts are small), for resolving approvers.</summary>
public sealed class OrgChartSnapshot(IReadOnlyList<OrgChartUnit> units, IReadOnlyList<OrgChartPosition> positions)
{
    private readonly Dictionary<Guid, OrgChartUnit> _units = units.ToDictionary(u => u.Id);
    private readonly Dictionary<Guid, OrgChartPosition> _positions = positions.ToDictionary(p => p.Id);

    public OrgChartUnit? Unit(Guid? id) => id is { } key ? _units.GetValueOrDefault(key) : null;

    public OrgChartPosition? Position(Guid? id) => id is { } key ? _positions.GetValueOrDefault(key) : null;

    public IEnumerable<OrgChartPosition> PositionsNamed(string name) =>
        positions.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<Guid> PositionsHeldBy(Guid userId) => [.. positions.Where(p => p.HolderUserIds.Contains(userId)).Select(p => p.Id)];

    public Guid? UnitOfUser(Guid userId) =>
        positions.Where(p => p.HolderUserIds.Contains(userId)).SelectMany(p => p.UnitIds).Select(id => (Guid?)id).FirstOrDefault();

    /// <summary>Whether the user holds a position that belongs to the unit itself (not a unit above or below it).</summary>
    public bool HoldsPositionIn(Guid userId, Guid unitId) =>
        positions.Any(p => p.HolderUserIds.Contains(userId) && p.UnitIds.Contains(unitId));

    public bool IsInSubtree(Guid unitId, Guid rootId) =>
        Unit(unitId) is { } unit && Unit(rootId) is { } root && (unit.Id == root.Id || unit.Code.StartsWith(root.Code + ".", StringComparison.Ordinal));

    /// <summary>The holders of the unit's head post; a vacant post escalates to the unit above, and so on.</summary>
    public IReadOnlyList<ResolvedApprover> HeadOf(OrgChartUnit? unit, bool escalated = false)
    {
        for (var current = unit; current is not null; current = Unit(current.ParentId), escalated = true)
        {
            var head = Position(current.HeadPositionId);
            if (head is { IsVacant: false })
            {
                return [.. head.HolderUserIds.Select(userId => new ResolvedApprover(userId, head.Id, escalated))];
            }
        }

        return [];
    }
}

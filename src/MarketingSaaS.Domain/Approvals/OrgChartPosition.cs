namespace MarketingSaaS.Approvals;

/// <summary>What route resolution needs of a position: who holds it and which units it belongs to.</summary>
public sealed record OrgChartPosition(Guid Id, IReadOnlyList<Guid> HolderUserIds, IReadOnlyList<Guid> UnitIds)
{
    public bool IsVacant => HolderUserIds.Count == 0;
}

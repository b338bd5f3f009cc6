namespace MarketingSaaS.Approvals;

/// <summary>What route resolution needs of a position: its name, who holds it and which units it belongs to.</summary>
public sealed record OrgChartPosition(Guid Id, string Name, IReadOnlyList<Guid> HolderUserIds, IReadOnlyList<Guid> UnitIds)
{
    public bool IsVacant => HolderUserIds.Count == 0;
}

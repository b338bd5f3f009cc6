namespace MarketingSaaS.Positions;

/// <summary>Who stopped and who started holding a position, who holds it now, and who made the change.</summary>
public sealed record PositionHoldersChange(
    Guid PositionId,
    IReadOnlyList<Guid> RemovedUserIds,
    IReadOnlyList<Guid> AddedUserIds,
    IReadOnlyList<Guid> HolderUserIds,
    Guid ChangedByUserId);

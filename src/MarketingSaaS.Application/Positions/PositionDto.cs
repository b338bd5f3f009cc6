namespace MarketingSaaS.Positions;

public sealed record PositionDto(
    Guid Id,
    string Name,
    string? Duties,
    IReadOnlyList<Guid> OrganizationUnitIds,
    IReadOnlyList<PositionHolderDto> Holders,
    IReadOnlyList<Guid> CollaboratorPositionIds,
    bool IsVacant,
    string ConcurrencyStamp);

namespace MarketingSaaS.Positions;

public sealed record PositionHolderDto(Guid UserId, string Name);

namespace MarketingSaaS.Editions;

public sealed record EditionDto(Guid Id, string Name, string ConcurrencyStamp);

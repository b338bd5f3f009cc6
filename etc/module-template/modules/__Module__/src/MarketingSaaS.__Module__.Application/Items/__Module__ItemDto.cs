namespace MarketingSaaS.__Module__.Items;

public sealed record __Module__ItemDto(Guid Id, string Name, string? Description, DateTimeOffset CreationTime, string ConcurrencyStamp);

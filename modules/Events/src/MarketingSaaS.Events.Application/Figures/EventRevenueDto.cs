namespace MarketingSaaS.Events.Figures;

public sealed record EventRevenueDto(Guid MarketingEventId, decimal Amount, string Currency, string? Note, string ConcurrencyStamp);

namespace MarketingSaaS.Events.Plans;

public sealed record EventMilestoneDto(Guid Id, Guid MarketingEventId, string Name, DateTimeOffset Date, bool IsKeyDate, DateTimeOffset CreationTime, string ConcurrencyStamp);

namespace MarketingSaaS.Events.Plans;

public sealed record EventRiskDto(
    Guid Id,
    Guid MarketingEventId,
    string Description,
    RiskLevel Likelihood,
    RiskLevel Impact,
    string? ContingencyPlan,
    Guid OwnerUserId,
    string? OwnerName,
    EventRiskStatus Status,
    DateTimeOffset CreationTime,
    string ConcurrencyStamp);

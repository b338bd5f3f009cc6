namespace MarketingSaaS.Events.Plans;

public sealed record EventTaskDto(
    Guid Id,
    Guid MarketingEventId,
    string Name,
    DateOnly StartDate,
    DateOnly EndDate,
    int ProgressPercent,
    IReadOnlyList<RaciEntryDto> Raci,
    DateTimeOffset CreationTime,
    string ConcurrencyStamp);

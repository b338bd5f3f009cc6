using MarketingSaaS.Events.Plans;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>A template task; its days count from the event's start date in the company's time zone (0 = start day, -10 = ten days before).</summary>
public sealed record EventTemplateTaskDto(Guid Id, string Name, int StartDayOffset, int EndDayOffset, IReadOnlyList<RaciEntryDto> Raci);

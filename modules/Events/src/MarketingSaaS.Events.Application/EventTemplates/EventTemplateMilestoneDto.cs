namespace MarketingSaaS.Events.EventTemplates;

/// <summary>A template milestone: seconds from the event's start (negative = before) and the company-calendar day it falls on relative to the start day.</summary>
public sealed record EventTemplateMilestoneDto(Guid Id, string Name, long OffsetSeconds, int DayOffset, bool IsKeyDate);

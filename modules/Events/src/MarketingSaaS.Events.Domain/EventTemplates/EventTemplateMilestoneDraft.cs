namespace MarketingSaaS.Events.EventTemplates;

public sealed record EventTemplateMilestoneDraft(string Name, TimeSpan OffsetFromStart, int DayOffset, bool IsKeyDate);

namespace MarketingSaaS.Events.MarketingEvents;

internal static class MarketingEventMapper
{
    public static MarketingEventDto ToDto(this MarketingEvent e) =>
        new(e.Id, e.Name, e.Type, e.StartTime, e.EndTime, e.Status, e.CreationTime, e.ConcurrencyStamp);
}

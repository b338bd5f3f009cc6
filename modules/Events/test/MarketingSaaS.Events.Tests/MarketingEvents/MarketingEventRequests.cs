namespace MarketingSaaS.Events.Tests.MarketingEvents;

/// <summary>Request bodies for events, with valid defaults a test overrides where it matters.</summary>
internal static class MarketingEventRequests
{
    public static readonly DateTimeOffset Start = new(2027, 3, 10, 1, 0, 0, TimeSpan.Zero);

    public static object Create(string name = "Spring salon", string type = "OfflineSalon") => new
    {
        name,
        type,
        startTime = Start,
        endTime = Start.AddHours(4),
    };
}

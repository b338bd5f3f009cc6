namespace MarketingSaaS.Events.Metrics;

public static class EventsMetrics
{
    /// <summary>Registrations received in the period (cancelled ones included: they were sign-ups), by the event's owner unit.</summary>
    public const string Registrations = "Events.Registrations";

    /// <summary>Checked-in over confirmed registrations of the events that started in the period.</summary>
    public const string AttendanceRate = "Events.AttendanceRate";
}

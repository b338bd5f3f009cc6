namespace MarketingSaaS.Events.Registrations;

/// <summary>Confirmed up to the capacity, then waiting-listed; a cancelled confirmed seat goes to the first waiting one.</summary>
public enum EventRegistrationStatus
{
    Confirmed = 0,
    WaitingListed = 1,
    Cancelled = 2,
}

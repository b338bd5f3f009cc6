namespace MarketingSaaS.Events.Registrations;

public enum RegistrationEmailKind
{
    /// <summary>Just registered: confirmed or on the waiting list, whichever the registration is.</summary>
    Registered = 0,

    /// <summary>Moved from the waiting list to a seat.</summary>
    Promoted = 1,
}

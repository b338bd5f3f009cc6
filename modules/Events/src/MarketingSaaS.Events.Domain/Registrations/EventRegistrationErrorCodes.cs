namespace MarketingSaaS.Events.Registrations;

/// <summary>Error codes of registration and check-in; localization keys in Localization/Registrations/*.json.</summary>
public static class EventRegistrationErrorCodes
{
    public const string RegistrationClosed = EventsErrorCodes.Prefix + "RegistrationClosed";
    public const string EventNotRegistrable = EventsErrorCodes.Prefix + "EventNotRegistrable";
    public const string AlreadyRegistered = EventsErrorCodes.Prefix + "AlreadyRegistered";
    public const string CapacityBelowConfirmed = EventsErrorCodes.Prefix + "CapacityBelowConfirmed";
    public const string NotConfirmed = EventsErrorCodes.Prefix + "RegistrationNotConfirmed";
    public const string AlreadyCancelled = EventsErrorCodes.Prefix + "RegistrationAlreadyCancelled";
    public const string CheckInCodeOrSearchRequired = EventsErrorCodes.Prefix + "CheckInCodeRequired";
}

namespace MarketingSaaS.Events;

/// <summary>Error codes of the Events module; each is a localization key (Localization/Events/*.json).</summary>
public static class EventsErrorCodes
{
    public const string Prefix = "Events:";
    public const string InvalidSchedule = Prefix + "InvalidSchedule";
    public const string NotEditable = Prefix + "NotEditable";
}

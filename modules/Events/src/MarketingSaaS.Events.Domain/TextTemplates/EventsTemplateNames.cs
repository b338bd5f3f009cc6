namespace MarketingSaaS.Events.TextTemplates;

public static class EventsTemplateNames
{
    /// <summary>To a registrant: registered, waiting-listed, or confirmed from the waiting list.</summary>
    public const string RegistrationEmail = "Events.RegistrationEmail";
}

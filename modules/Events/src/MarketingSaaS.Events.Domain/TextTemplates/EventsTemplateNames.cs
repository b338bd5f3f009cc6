namespace MarketingSaaS.Events.TextTemplates;

public static class EventsTemplateNames
{
    /// <summary>To a registrant: registered, waiting-listed, or confirmed from the waiting list.</summary>
    public const string RegistrationEmail = "Events.RegistrationEmail";

    /// <summary>The skeleton of 《市场活动策划书》, a deliverable of the default process SC-007.</summary>
    public const string EventPlan = "Events.EventPlan";
}

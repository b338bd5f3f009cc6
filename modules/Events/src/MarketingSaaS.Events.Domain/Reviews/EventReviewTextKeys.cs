namespace MarketingSaaS.Events.Reviews;

public static class EventReviewTextKeys
{
    public const string ReminderTitle = "Events:Review:ReminderTitle";
    public const string ReminderBody = "Events:Review:ReminderBody";
    public const string EscalationTitle = "Events:Review:EscalationTitle";
    public const string EscalationBody = "Events:Review:EscalationBody";
}

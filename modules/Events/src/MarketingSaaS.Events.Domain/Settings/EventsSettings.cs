namespace MarketingSaaS.Events.Settings;

/// <summary>The Events module's company settings (shown on the settings page while the module is on).</summary>
public static class EventsSettings
{
    /// <summary>SC-007: the review (复盘) is due this many days after the event's end.</summary>
    public const string ReviewDueDays = "Events.ReviewDueDays";

    /// <summary>Rehearsal reminders go out this many company-calendar days before a key date.</summary>
    public const string RehearsalReminderDays = "Events.RehearsalReminderDays";

    public const int DefaultReviewDueDays = 7;
    public const int DefaultRehearsalReminderDays = 3;
    public const int MaxReviewDueDays = 60;
    public const int MaxRehearsalReminderDays = 30;
}

namespace MarketingSaaS.Events.Reviews;

public static class EventReviewConsts
{
    /// <summary>SC-007: the review is due within a week of the event's end.</summary>
    public const int DueDays = 7;

    /// <summary>The owner is reminded this long before the due time.</summary>
    public const int ReminderHoursBeforeDue = 48;

    public const int MaxTextLength = 4000;
    public const int MaxImprovementLength = 500;
    public const int MaxImprovements = 50;
}

namespace MarketingSaaS.Events.Reviews;

public static class EventReviewConsts
{
    /// <summary>The owner is reminded this long before the due time.</summary>
    public const int ReminderHoursBeforeDue = 48;

    public const int MaxTextLength = 4000;
    public const int MaxImprovementLength = 500;
    public const int MaxImprovements = 50;
}

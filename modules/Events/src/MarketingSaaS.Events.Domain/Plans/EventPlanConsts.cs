namespace MarketingSaaS.Events.Plans;

public static class EventPlanConsts
{
    public const int MaxNameLength = 128;
    public const int MaxRaciEntries = 30;
    public const int MaxRiskTextLength = 2000;

    /// <summary>The rehearsal reminder goes out this many company-calendar days before a key date.</summary>
    public const int RehearsalReminderDays = 3;
}

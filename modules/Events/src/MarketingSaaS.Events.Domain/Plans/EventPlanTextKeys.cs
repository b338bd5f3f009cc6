namespace MarketingSaaS.Events.Plans;

public static class EventPlanTextKeys
{
    public const string RehearsalTitle = "Events:Plan:RehearsalTitle";
    public const string RehearsalBody = "Events:Plan:RehearsalBody";
    public const string StartRehearsalTitle = "Events:Plan:StartRehearsalTitle";
    public const string StartRehearsalBody = "Events:Plan:StartRehearsalBody";
}

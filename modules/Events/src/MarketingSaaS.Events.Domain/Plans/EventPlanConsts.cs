namespace MarketingSaaS.Events.Plans;

public static class EventPlanConsts
{
    public const int MaxNameLength = 128;
    public const int MaxRaciEntries = 30;
    public const int MaxRiskTextLength = 2000;
}

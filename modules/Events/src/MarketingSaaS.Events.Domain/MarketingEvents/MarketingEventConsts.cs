namespace MarketingSaaS.Events.MarketingEvents;

public static class MarketingEventConsts
{
    public const int MaxNameLength = 128;
}

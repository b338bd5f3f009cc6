namespace MarketingSaaS.Events.EventTemplates;

public static class EventTemplateConsts
{
    public const int MaxNameLength = 128;
    public const int MaxDescriptionLength = 2000;
}

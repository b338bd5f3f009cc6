namespace MarketingSaaS.Events.EventTemplates;

/// <summary>Error codes of event templates; localization keys in Localization/EventTemplates.</summary>
public static class EventTemplateErrorCodes
{
    public const string SourceNotFinished = EventsErrorCodes.Prefix + "TemplateSourceNotFinished";
}

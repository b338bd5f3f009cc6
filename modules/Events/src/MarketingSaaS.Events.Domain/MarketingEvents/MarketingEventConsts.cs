namespace MarketingSaaS.Events.MarketingEvents;

public static class MarketingEventConsts
{
    public const int MaxNameLength = 128;
    public const int MaxThemeLength = 256;
    public const int MaxTextLength = 2000;
    public const int MaxDescriptionLength = 4000;
    public const int MaxPlaceLength = 256;
    public const int MaxOnlineLinkLength = 512;
    public const int MaxBudgetCategoryLength = 64;
    public const int MaxBudgetLines = 100;
    public const int CurrencyLength = 3;
    public const int AmountPrecision = 18;
    public const int AmountScale = 2;

    /// <summary>The approval engine's subject module for events.</summary>
    public const string ApprovalSubjectModule = EventsFeatures.ModuleName;

    /// <summary>The approval business type of an event, registered by <see cref="EventsApprovalBusinessTypeDefinitionProvider"/>.</summary>
    public const string ApprovalBusinessType = "Events.Event";
}

namespace MarketingSaaS.Events;

/// <summary>Error codes of the Events module; each is a localization key (Localization/Events/*.json).</summary>
public static class EventsErrorCodes
{
    public const string Prefix = "Events:";
    public const string InvalidSchedule = Prefix + "InvalidSchedule";
    public const string PlaceOrLinkRequired = Prefix + "PlaceOrLinkRequired";
    public const string InvalidOnlineLink = Prefix + "InvalidOnlineLink";
    public const string UnknownOwnerUnit = Prefix + "UnknownOwnerUnit";
    public const string InvalidAmount = Prefix + "InvalidAmount";
    public const string InvalidCurrency = Prefix + "InvalidCurrency";
    public const string BudgetCurrencyMismatch = Prefix + "BudgetCurrencyMismatch";
    public const string NotEditable = Prefix + "NotEditable";
    public const string BudgetNotChangeable = Prefix + "BudgetNotChangeable";
    public const string NotApproved = Prefix + "NotApproved";
    public const string NotInExecution = Prefix + "NotInExecution";
    public const string NotEnded = Prefix + "NotEnded";
    public const string NotCompleted = Prefix + "NotCompleted";
}

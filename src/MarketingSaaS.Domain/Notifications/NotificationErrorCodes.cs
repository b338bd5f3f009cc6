namespace MarketingSaaS.Notifications;

public static class NotificationErrorCodes
{
    public const string UnknownKind = "MarketingSaaS:UnknownNotificationKind";
    public const string PreferencesNeedCompany = "MarketingSaaS:NotificationPreferencesNeedCompany";
}

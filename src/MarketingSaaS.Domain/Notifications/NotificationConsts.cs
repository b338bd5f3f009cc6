namespace MarketingSaaS.Notifications;

public static class NotificationConsts
{
    public const int MaxTitleLength = 256;
    public const int MaxBodyLength = 2_048;
    public const int MaxLinkLength = 512;
}

namespace MarketingSaaS.Membership.Settings;

/// <summary>The Membership module's company settings (shown on the settings page while the module is on).</summary>
public static class MembershipSettings
{
    /// <summary>A purchase earns one point per this many whole units of the company currency (10: 1 point per 10 CNY).</summary>
    public const string AmountPerPoint = "Membership.AmountPerPoint";

    /// <summary>Points expire this many months after the purchase that earned them.</summary>
    public const string PointsExpiryMonths = "Membership.PointsExpiryMonths";

    public const int DefaultAmountPerPoint = 10;
    public const int MaxAmountPerPoint = 1_000_000;
    public const int DefaultPointsExpiryMonths = 12;
    public const int MaxPointsExpiryMonths = 120;
}

namespace MarketingSaaS.Membership.Points;

public enum PointsEntryKind
{
    /// <summary>Points a purchase earned (positive), expiring at a date.</summary>
    Earn = 0,

    /// <summary>Points the member spent (negative).</summary>
    Redeem = 1,

    /// <summary>The unspent rest of an earning whose expiry date passed (negative).</summary>
    Expire = 2,

    /// <summary>Points taken back because their purchase was refunded (negative, never below a zero balance).</summary>
    Reverse = 3,
}

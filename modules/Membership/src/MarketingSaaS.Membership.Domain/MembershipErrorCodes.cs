namespace MarketingSaaS.Membership;

/// <summary>Error codes of the Membership module; each is a localization key (Localization/Membership/*.json).</summary>
public static class MembershipErrorCodes
{
    public const string Prefix = "Membership:";
    public const string DuplicatePhone = Prefix + "DuplicatePhone";
    public const string DuplicateEmail = Prefix + "DuplicateEmail";
    public const string OwnerNotFound = Prefix + "OwnerNotFound";
    public const string PurchaseInFuture = Prefix + "PurchaseInFuture";
    public const string RefundExceedsPurchase = Prefix + "RefundExceedsPurchase";
    public const string InsufficientPoints = Prefix + "InsufficientPoints";
}

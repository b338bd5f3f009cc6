namespace MarketingSaaS.Membership;

/// <summary>Error codes of the Membership module; each is a localization key (Localization/Membership/*.json).</summary>
public static class MembershipErrorCodes
{
    public const string Prefix = "Membership:";
    public const string DuplicateItemName = Prefix + "DuplicateItemName";
}

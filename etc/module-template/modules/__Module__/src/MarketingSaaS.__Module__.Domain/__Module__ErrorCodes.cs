namespace MarketingSaaS.__Module__;

/// <summary>Error codes of the __Module__ module; each is a localization key (Localization/__Module__/*.json).</summary>
public static class __Module__ErrorCodes
{
    public const string Prefix = "__Module__:";
    public const string DuplicateItemName = Prefix + "DuplicateItemName";
}

namespace MarketingSaaS;

/// <summary>Error codes of host administration (tenants, editions); also the localization keys of their messages.</summary>
public static class HostAdministrationErrorCodes
{
    public const string EditionNameTaken = "MarketingSaaS:EditionNameTaken";
    public const string EditionInUse = "MarketingSaaS:EditionInUse";
    public const string UnknownEdition = "MarketingSaaS:UnknownEdition";
    public const string InvalidConnectionString = "MarketingSaaS:InvalidConnectionString";
}

namespace MarketingSaaS.Account;

/// <summary>Error codes of the signed-in user's own account (profile, password, two-factor).</summary>
public static class AccountErrorCodes
{
    public const string WrongPassword = "MarketingSaaS:WrongPassword";
}

namespace MarketingSaaS.Account;

/// <summary>Error codes of the signed-in user's own account (profile, password, two-factor) and of password resets.</summary>
public static class AccountErrorCodes
{
    public const string WrongPassword = "MarketingSaaS:WrongPassword";

    /// <summary>The reset link is wrong, used, expired or for another company; one code for all, so nothing is revealed.</summary>
    public const string InvalidPasswordResetToken = "MarketingSaaS:InvalidPasswordResetToken";
}

namespace MarketingSaaS.Account;

public static class AccountConsts
{
    /// <summary>How long a password-reset link works; it also stops working once used (the password change renews the security stamp).</summary>
    public static readonly TimeSpan PasswordResetTokenLifetime = TimeSpan.FromHours(1);

    /// <summary>The Identity token provider name of <see cref="PasswordResetTokenProvider"/>.</summary>
    public const string PasswordResetTokenProvider = "PasswordReset";

    public const int MaxPasswordResetTokenLength = 1024;
}

namespace MarketingSaaS.HttpApi.Tests.Account;

public static class RateLimitTestSettings
{
    public const int SignInPerMinute = 3;
    public const int SignUpPerMinute = 2;
    public const int PasswordResetPerMinute = 2;
    public const int InvitationPerMinute = 2;

    public static readonly IReadOnlyDictionary<string, string?> Values = new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerMinute"] = SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignUpPerMinute"] = SignUpPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:PasswordResetPerMinute"] = PasswordResetPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:InvitationPerMinute"] = InvitationPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

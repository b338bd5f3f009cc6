namespace MarketingSaaS.TextTemplates;

/// <summary>What the password-reset e-mail template sees: {{recipientName}}, {{userName}}, {{link}}, {{validHours}}.</summary>
public sealed record PasswordResetEmailModel(string RecipientName, string UserName, string Link, string ValidHours)
{
    public static PasswordResetEmailModel Sample() =>
        new("Li Lei", "lilei", "https://example.com/account/reset-password?tenant=demo&userId=0190f5e6-0000-7000-8000-000000000001&token=…", "1");
}

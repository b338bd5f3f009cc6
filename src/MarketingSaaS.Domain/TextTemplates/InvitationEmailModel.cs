namespace MarketingSaaS.TextTemplates;

/// <summary>What the invitation e-mail template sees: {{recipientName}}, {{company}}, {{link}}, {{validDays}}.</summary>
public sealed record InvitationEmailModel(string RecipientName, string Company, string Link, string ValidDays)
{
    public static InvitationEmailModel Sample() =>
        new("Na Li", "demo", "https://example.com/account/accept-invitation?tenant=demo&token=…", "7");
}

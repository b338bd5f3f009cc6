namespace MarketingSaaS.TextTemplates;

/// <summary>What the notification e-mail template sees: {{recipientName}}, {{title}}, {{body}}, {{link}}.</summary>
public sealed record NotificationEmailModel(string RecipientName, string Title, string Body, string? Link)
{
    public static NotificationEmailModel Sample() =>
        new("Li Lei", "Approval waiting for you: Spring fair", "Han Meimei asks you to approve \"Spring fair\" (30,000.00 CNY).", "/approvals/requests/0190f5e6-0000-7000-8000-000000000001");
}

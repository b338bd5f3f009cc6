namespace MarketingSaaS.Framework.Emailing;

/// <summary>Sends at once and throws when the mail server refuses or cannot be reached; callers that must not fail send from a background job.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

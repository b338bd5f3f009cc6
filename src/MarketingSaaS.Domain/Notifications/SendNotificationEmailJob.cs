using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Emailing;
using MarketingSaaS.Framework.TextTemplating;
using MarketingSaaS.TextTemplates;
using Microsoft.Extensions.Configuration;

namespace MarketingSaaS.Notifications;

/// <summary>
/// Mails one notification, rendered with the tenant's <c>Email.Notification</c> template. Throws when the mail
/// server fails, so the queue retries it; a retry after a lost answer may deliver the mail twice.
/// </summary>
public sealed class SendNotificationEmailJob(IEmailSender sender, ITemplateRenderer templates, IConfiguration configuration) : IBackgroundJob<SendNotificationEmailArgs>
{
    /// <summary>The job's name in the queue; stored with every job row, so it must never change.</summary>
    public const string Name = "Notifications.SendEmail";

    public async Task ExecuteAsync(SendNotificationEmailArgs args, CancellationToken cancellationToken)
    {
        var link = args.Link is null ? null : (configuration["App:PublicUrl"]?.TrimEnd('/') ?? "") + args.Link;
        var body = await templates.RenderAsync(
            MarketingSaaSTemplateNames.NotificationEmail, new NotificationEmailModel(args.RecipientName, args.Subject, args.Body, link), args.Culture, cancellationToken);
        await sender.SendAsync(new EmailMessage(args.To, args.Subject, body), cancellationToken);
    }
}

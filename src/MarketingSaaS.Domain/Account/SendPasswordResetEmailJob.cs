using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Emailing;
using MarketingSaaS.Framework.TextTemplating;
using MarketingSaaS.Identity;
using MarketingSaaS.Notifications;
using MarketingSaaS.TextTemplates;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace MarketingSaaS.Account;

/// <summary>
/// Mails a reset link (template <c>Email.PasswordReset</c>) to a user of the job's tenant. A user who was deleted,
/// deactivated or lost the address since the request gets nothing. Throws when the mail server fails (the queue retries).
/// </summary>
public sealed class SendPasswordResetEmailJob(
    UserManager<AppUser> users,
    IEmailSender sender,
    ITemplateRenderer templates,
    NotificationTextFormatter texts,
    IConfiguration configuration) : IBackgroundJob<SendPasswordResetEmailArgs>
{
    /// <summary>The job's name in the queue; stored with every job row, so it must never change.</summary>
    public const string Name = "Account.SendPasswordResetEmail";

    public async Task ExecuteAsync(SendPasswordResetEmailArgs args, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(args.UserId.ToString());
        if (user is not { IsActive: true, Email.Length: > 0 })
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = PasswordResetLinks.Build(configuration["App:PublicUrl"], args.TenantSlug, user.Id, token);
        var hours = ((int)AccountConsts.PasswordResetTokenLifetime.TotalHours).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = await templates.RenderAsync(
            MarketingSaaSTemplateNames.PasswordResetEmail, new PasswordResetEmailModel(user.Name, user.UserName!, link, hours), args.Culture, cancellationToken);
        var subject = texts.Format("Account:PasswordResetEmailSubject", new Dictionary<string, string>(), args.Culture);
        await sender.SendAsync(new EmailMessage(user.Email, subject, body), cancellationToken);
    }
}

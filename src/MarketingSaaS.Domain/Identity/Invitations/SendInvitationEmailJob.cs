using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.Emailing;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.TextTemplating;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Notifications;
using MarketingSaaS.TextTemplates;
using Microsoft.Extensions.Configuration;

namespace MarketingSaaS.Identity.Invitations;

/// <summary>
/// Issues a new token for a pending invitation (the previous link stops working) and mails the link (template
/// <c>Email.Invitation</c>) in the invitation's language. A revoked or accepted invitation gets nothing.
/// </summary>
public sealed class SendInvitationEmailJob(
    IRepository<UserInvitation, Guid> invitations,
    InvitationValidity validity,
    IEmailSender sender,
    ITemplateRenderer templates,
    NotificationTextFormatter texts,
    IConfiguration configuration,
    IUnitOfWork unitOfWork) : IBackgroundJob<SendInvitationEmailArgs>
{
    /// <summary>The job's name in the queue; stored with every job row, so it must never change.</summary>
    public const string Name = "Identity.SendInvitationEmail";

    public async Task ExecuteAsync(SendInvitationEmailArgs args, CancellationToken cancellationToken)
    {
        var invitation = await invitations.FindAsync(args.InvitationId, cancellationToken);
        if (invitation is not { Status: UserInvitationStatus.Pending })
        {
            return;
        }

        var token = InvitationTokens.Create();
        var (expiresAt, days) = await validity.ExpiryFromNowAsync(cancellationToken);
        invitation.IssueToken(InvitationTokens.Hash(token), expiresAt);
        await invitations.UpdateAsync(invitation, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        var link = InvitationLinks.Build(configuration["App:PublicUrl"], args.TenantSlug, token);
        var name = PersonNames.Display(invitation.FamilyName, invitation.GivenName, invitation.Culture);
        var model = new InvitationEmailModel(name, args.CompanyName, link, days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var body = await templates.RenderAsync(MarketingSaaSTemplateNames.InvitationEmail, model, invitation.Culture, cancellationToken);
        var subject = texts.Format("Invitations:EmailSubject", new Dictionary<string, string>(), invitation.Culture);
        await sender.SendAsync(new EmailMessage(invitation.Email, subject, body), cancellationToken);
    }
}

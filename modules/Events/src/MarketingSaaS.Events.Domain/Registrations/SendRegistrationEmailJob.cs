using System.Globalization;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.TextTemplates;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Emailing;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.TextTemplating;
using MarketingSaaS.Notifications;
using Microsoft.Extensions.Configuration;

namespace MarketingSaaS.Events.Registrations;

/// <summary>
/// Mails a registrant (template <c>Events.RegistrationEmail</c>, in the language of the page they registered on) with
/// the event's times in the company's time zone and the link to their own page. A registration cancelled since, or a
/// promotion no longer true, sends nothing. Throws when the mail server fails (the queue retries).
/// </summary>
public sealed class SendRegistrationEmailJob(
    IEventRegistrationRepository registrations,
    IMarketingEventRepository events,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    ScheduleTimeZoneResolver timeZones,
    IEmailSender sender,
    ITemplateRenderer templates,
    NotificationTextFormatter texts,
    IConfiguration configuration) : IBackgroundJob<SendRegistrationEmailArgs>
{
    /// <summary>The job's name in the queue; stored with every job row, so it must never change.</summary>
    public const string Name = "Events.SendRegistrationEmail";

    public async Task ExecuteAsync(SendRegistrationEmailArgs args, CancellationToken cancellationToken)
    {
        var registration = await registrations.FindAsync(args.RegistrationId, cancellationToken);
        if (registration is null || !IsStillTrue(registration, args.Kind)
            || await events.FindAsync(registration.EventId, cancellationToken) is not { } marketingEvent
            || currentTenant.Id is not { } tenantId || await tenants.FindAsync(tenantId, cancellationToken) is not { } tenant)
        {
            return;
        }

        var zone = await timeZones.ResolveAsync(tenantId, null, cancellationToken);
        var model = new RegistrationEmailModel(
            registration.Name,
            marketingEvent.Name,
            Local(marketingEvent.StartTime, zone),
            Local(marketingEvent.EndTime, zone),
            zone.Id,
            marketingEvent.Place,
            marketingEvent.OnlineLink,
            registration.Status == EventRegistrationStatus.Confirmed,
            registration.Status == EventRegistrationStatus.WaitingListed,
            args.Kind == RegistrationEmailKind.Promoted,
            registration.CheckInCode,
            RegistrationLinks.Build(configuration["App:PublicUrl"], tenant.Name, marketingEvent.Id, registration.CheckInCode),
            tenant.DisplayName ?? tenant.Name);
        var body = await templates.RenderAsync(EventsTemplateNames.RegistrationEmail, model, registration.Culture, cancellationToken);
        var subject = texts.Format(SubjectKey(model), new Dictionary<string, string> { ["event"] = marketingEvent.Name }, registration.Culture);
        await sender.SendAsync(new EmailMessage(registration.Email, subject, body), cancellationToken);
    }

    private static bool IsStillTrue(EventRegistration registration, RegistrationEmailKind kind) => kind switch
    {
        RegistrationEmailKind.Promoted => registration.Status == EventRegistrationStatus.Confirmed,
        _ => registration.Status != EventRegistrationStatus.Cancelled,
    };

    private static string SubjectKey(RegistrationEmailModel model) =>
        model.IsPromoted ? "Events:RegistrationEmailSubject:Promoted"
        : model.IsConfirmed ? "Events:RegistrationEmailSubject:Confirmed"
        : "Events:RegistrationEmailSubject:WaitingListed";

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

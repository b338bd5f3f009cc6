using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Notifications;

public sealed class NotificationPublisher(
    INotificationRepository notifications,
    INotificationPreferenceRepository preferences,
    INotificationRecipientLookup recipients,
    UserCultureResolver cultures,
    NotificationTextFormatter texts,
    IBackgroundJobManager jobs,
    TimeProvider clock) : INotificationPublisher
{
    public async Task PublishAsync(NotificationRequest request, CancellationToken cancellationToken = default)
    {
        var userIds = request.UserIds.Distinct().ToList();
        if (userIds.Count == 0)
        {
            return;
        }

        var emailKinds = (await preferences.GetListByUsersAsync(userIds, cancellationToken)).ToDictionary(p => p.UserId, p => p.EmailKinds);
        var now = clock.GetUtcNow();
        foreach (var recipient in (await recipients.GetAsync(userIds, cancellationToken)).Where(r => r.IsActive))
        {
            var culture = await cultures.GetAsync(recipient.UserId, cancellationToken);
            var title = texts.Format(request.TitleKey, request.Arguments, culture, request.LocalizedArguments);
            var body = texts.Format(request.BodyKey, request.Arguments, culture, request.LocalizedArguments);
            var notification = new Notification(SequentialGuid.Create(), recipient.UserId, request.Kind, title, body, request.Link, now);
            await notifications.InsertAsync(notification, cancellationToken);

            var wantsEmail = (emailKinds.GetValueOrDefault(recipient.UserId) ?? NotificationPreference.DefaultEmailKinds).Contains(request.Kind);
            if (wantsEmail && !string.IsNullOrWhiteSpace(recipient.Email))
            {
                await jobs.EnqueueAsync(
                    new SendNotificationEmailArgs(notification.Id, recipient.Email, recipient.Name, culture, notification.Title, notification.Body, notification.Link),
                    new BackgroundJobEnqueueOptions(IdempotencyKey: "notification-email:" + notification.Id.ToString("N")),
                    cancellationToken);
            }
        }
    }
}

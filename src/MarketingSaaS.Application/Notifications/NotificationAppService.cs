using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Notifications;

public sealed class NotificationAppService(
    INotificationRepository notifications,
    INotificationPreferenceRepository preferences,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IStringLocalizer localizer,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : INotificationAppService
{
    private Guid UserId => currentUser.Id!.Value;

    public async Task<PagedResultDto<NotificationDto>> GetListAsync(GetNotificationListInput input, CancellationToken cancellationToken = default)
    {
        var (total, items) = await notifications.GetPageAsync(UserId, input.UnreadOnly, input.Kind, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<NotificationDto>(total, [.. items.Select(ToDto)]);
    }

    public async Task<UnreadNotificationCountDto> GetUnreadCountAsync(CancellationToken cancellationToken = default) =>
        new(await notifications.CountUnreadAsync(UserId, cancellationToken));

    public async Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var notification = await notifications.FindAsync(id, cancellationToken);
        if (notification is null || notification.UserId != UserId)
        {
            throw new EntityNotFoundException(typeof(Notification), id);
        }

        notification.MarkRead(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(notification);
    }

    public async Task<UnreadNotificationCountDto> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        await notifications.MarkAllReadAsync(UserId, clock.GetUtcNow(), cancellationToken);
        return await GetUnreadCountAsync(cancellationToken);
    }

    public async Task<NotificationPreferencesDto> GetPreferencesAsync(CancellationToken cancellationToken = default) =>
        ToDto((await preferences.FindByUserAsync(UserId, cancellationToken))?.EmailKinds ?? NotificationPreference.DefaultEmailKinds);

    public async Task<NotificationPreferencesDto> UpdatePreferencesAsync(UpdateNotificationPreferencesDto input, CancellationToken cancellationToken = default)
    {
        if (!currentTenant.IsAvailable)
        {
            throw new BusinessException(NotificationErrorCodes.PreferencesNeedCompany, statusCode: 403);
        }

        if (input.EmailKinds.Any(k => !Enum.IsDefined(k)))
        {
            throw new FieldValidationException("emailKinds", NotificationErrorCodes.UnknownKind);
        }

        var preference = await preferences.FindByUserAsync(UserId, cancellationToken);
        if (preference is null)
        {
            preference = new NotificationPreference(SequentialGuid.Create(), UserId, input.EmailKinds);
            await preferences.InsertAsync(preference, cancellationToken);
        }
        else
        {
            preference.SetEmailKinds(input.EmailKinds);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(preference.EmailKinds);
    }

    private NotificationPreferencesDto ToDto(IReadOnlyCollection<NotificationKind> emailKinds) =>
        new([.. Enum.GetValues<NotificationKind>().Select(k => new NotificationKindPreferenceDto(k, localizer["NotificationKind:" + k], emailKinds.Contains(k)))]);

    private static NotificationDto ToDto(Notification n) => new(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreationTime, n.ReadTime, n.IsRead);
}

using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Framework.ExceptionHandling;
using Microsoft.AspNetCore.Builder;
using MarketingSaaS.Dtos;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Notifications;

public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/notifications").WithTags("Notifications");
        group.MapGet("/", GetList).RequireSignedIn();
        group.MapGet("/unread-count", async (INotificationAppService notifications, CancellationToken ct) => TypedResults.Ok(await notifications.GetUnreadCountAsync(ct)))
            .RequireSignedIn();
        group.MapPost("/{id:guid}/read", async (Guid id, INotificationAppService notifications, CancellationToken ct) => TypedResults.Ok(await notifications.MarkReadAsync(id, ct)))
            .RequireSignedIn();
        group.MapPost("/read-all", async (INotificationAppService notifications, CancellationToken ct) => TypedResults.Ok(await notifications.MarkAllReadAsync(ct)))
            .RequireSignedIn();
        group.MapGet("/preferences", async (INotificationAppService notifications, CancellationToken ct) => TypedResults.Ok(await notifications.GetPreferencesAsync(ct)))
            .RequireSignedIn();
        group.MapPut("/preferences", async (UpdateNotificationPreferencesDto input, INotificationAppService notifications, CancellationToken ct) =>
                TypedResults.Ok(await notifications.UpdatePreferencesAsync(input, ct)))
            .RequireSignedIn();
        return endpoints;
    }

    private static async Task<Ok<PagedResultDto<NotificationDto>>> GetList(
        INotificationAppService notifications,
        CancellationToken ct,
        bool unreadOnly = false,
        int skipCount = 0,
        int maxResultCount = 20,
        string? kind = null) =>
        TypedResults.Ok(await notifications.GetListAsync(
            InputValidator.Validated(new GetNotificationListInput { UnreadOnly = unreadOnly, Kind = ParseKind(kind), SkipCount = skipCount, MaxResultCount = maxResultCount }), ct));

    /// <summary>A kind by its name (as the API writes it); anything else, numbers included, is a field error.</summary>
    private static NotificationKind? ParseKind(string? kind) =>
        string.IsNullOrEmpty(kind) ? null
        : Enum.GetNames<NotificationKind>().FirstOrDefault(n => string.Equals(n, kind, StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<NotificationKind>(name)
        : throw new FieldValidationException("kind", NotificationErrorCodes.UnknownKind);
}

using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events.Registrations;

/// <summary>Staff side: /api/events/{eventId}/registration-settings and /api/events/{eventId}/registrations...</summary>
public static class EventRegistrationEndpoints
{
    private const string CsvContentType = "text/csv; charset=utf-8";

    public static RouteGroupBuilder MapEventRegistrationsApi(this RouteGroupBuilder group)
    {
        const string read = EventsPermissions.Registrations.Default;
        const string manage = EventsPermissions.Registrations.Manage;
        group.MapGet("/{eventId:guid}/registration-settings", async (Guid eventId, IEventRegistrationAppService registrations, CancellationToken ct) =>
                TypedResults.Ok(await registrations.GetSettingsAsync(eventId, ct)))
            .RequirePermission(read);
        group.MapPut("/{eventId:guid}/registration-settings", async (Guid eventId, UpdateEventRegistrationSettingsDto input, IEventRegistrationAppService registrations, CancellationToken ct) =>
                TypedResults.Ok(await registrations.SetSettingsAsync(eventId, input, ct)))
            .RequirePermission(manage);
        group.MapGet("/{eventId:guid}/registrations", GetListAsync).RequirePermission(read);
        group.MapGet("/{eventId:guid}/registrations/{id:guid}", async (Guid eventId, Guid id, IEventRegistrationAppService registrations, CancellationToken ct) =>
                TypedResults.Ok(await registrations.GetAsync(eventId, id, ct)))
            .RequirePermission(read);
        group.MapGet("/{eventId:guid}/registrations/{id:guid}/qr.svg", async (Guid eventId, Guid id, HttpContext http, IEventRegistrationAppService registrations, CancellationToken ct) =>
                CheckInQrResult.Svg(http, await registrations.GetQrCodeAsync(eventId, id, ct)))
            .RequirePermission(read);
        group.MapPost("/{eventId:guid}/registrations/{id:guid}/cancel", async (Guid eventId, Guid id, IEventRegistrationAppService registrations, CancellationToken ct) =>
                TypedResults.Ok(await registrations.CancelAsync(eventId, id, ct)))
            .RequirePermission(manage);
        group.MapGet("/{eventId:guid}/registrations/attendees.csv", async (Guid eventId, IEventRegistrationAppService registrations, CancellationToken ct) =>
                TypedResults.File(await registrations.ExportAttendeesAsync(eventId, ct), CsvContentType, $"attendees-{eventId}.csv"))
            .RequirePermission(read);
        group.MapGet("/{eventId:guid}/registrations/no-shows.csv", async (Guid eventId, IEventRegistrationAppService registrations, CancellationToken ct) =>
                TypedResults.File(await registrations.ExportNoShowsAsync(eventId, ct), CsvContentType, $"no-shows-{eventId}.csv"))
            .RequirePermission(read);
        return group;
    }

    private static async Task<Ok<PagedResultDto<EventRegistrationDto>>> GetListAsync(
        Guid eventId,
        IEventRegistrationAppService registrations,
        CancellationToken ct,
        int skipCount = 0,
        int maxResultCount = 20,
        string? filter = null,
        EventRegistrationStatus? status = null,
        bool? checkedIn = null,
        bool? isLead = null) =>
        TypedResults.Ok(await registrations.GetListAsync(eventId, InputValidator.Validated(new GetEventRegistrationListInput
        {
            SkipCount = skipCount, MaxResultCount = maxResultCount, Filter = filter, Status = status, CheckedIn = checkedIn, IsLead = isLead,
        }), ct));
}

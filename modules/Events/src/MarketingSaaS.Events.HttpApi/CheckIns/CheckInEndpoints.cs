using MarketingSaaS.Framework.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events.CheckIns;

/// <summary>Check-in at the door; both answer 200 with alreadyCheckedIn on a repeated scan.</summary>
public static class CheckInEndpoints
{
    public static RouteGroupBuilder MapCheckInsApi(this RouteGroupBuilder group)
    {
        const string checkIn = EventsPermissions.Registrations.CheckIn;
        group.MapPost("/{eventId:guid}/check-ins", async (Guid eventId, CheckInByCodeDto input, ICheckInAppService checkIns, CancellationToken ct) =>
                TypedResults.Ok(await checkIns.CheckInByCodeAsync(eventId, input, ct)))
            .RequirePermission(checkIn);
        group.MapPost("/{eventId:guid}/registrations/{id:guid}/check-in", async (Guid eventId, Guid id, ICheckInAppService checkIns, CancellationToken ct) =>
                TypedResults.Ok(await checkIns.CheckInAsync(eventId, id, ct)))
            .RequirePermission(checkIn);
        group.MapGet("/{eventId:guid}/check-ins/count", async (Guid eventId, ICheckInAppService checkIns, CancellationToken ct) =>
                TypedResults.Ok(await checkIns.GetCountAsync(eventId, ct)))
            .RequirePermission(checkIn);
        return group;
    }
}

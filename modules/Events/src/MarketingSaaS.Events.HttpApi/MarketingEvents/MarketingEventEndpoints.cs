using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events.MarketingEvents;

public static class MarketingEventEndpoints
{
    /// <summary>Maps the events themselves at the root of the module's group (/api/events, /api/events/{id}).</summary>
    public static RouteGroupBuilder MapMarketingEventsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", GetListAsync).RequirePermission(EventsPermissions.MarketingEvents.Default);
        group.MapGet("/{id:guid}", async (Guid id, IMarketingEventAppService events, CancellationToken ct) =>
                TypedResults.Ok(await events.GetAsync(id, ct)))
            .RequirePermission(EventsPermissions.MarketingEvents.Default);
        group.MapPost("/", Create).RequirePermission(EventsPermissions.MarketingEvents.Create);
        return group;
    }

    private static async Task<Ok<PagedResultDto<MarketingEventDto>>> GetListAsync(
        IMarketingEventAppService events,
        CancellationToken ct,
        int skipCount = 0,
        int maxResultCount = 20,
        string? filter = null,
        MarketingEventStatus? status = null,
        MarketingEventType? type = null) =>
        TypedResults.Ok(await events.GetListAsync(
            new GetMarketingEventListInput { SkipCount = skipCount, MaxResultCount = maxResultCount, Filter = filter, Status = status, Type = type }, ct));

    private static async Task<Created<MarketingEventDto>> Create(CreateMarketingEventDto input, IMarketingEventAppService events, CancellationToken ct)
    {
        var created = await events.CreateAsync(input, ct);
        return TypedResults.Created($"{EventsHttpApiModule.RoutePrefix}/{created.Id}", created);
    }
}

using MarketingSaaS.Dtos;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events.Figures;

public static class EventFiguresEndpoints
{
    /// <summary>Figures of one event (/api/events/{id}/figures), of a page of events (/api/events/figures), and the attributed revenue.</summary>
    public static RouteGroupBuilder MapEventFiguresApi(this RouteGroupBuilder group)
    {
        const string read = EventsPermissions.MarketingEvents.Default;
        group.MapGet("/figures", GetListAsync).RequirePermission(read);
        group.MapGet("/{id:guid}/figures", async (Guid id, IEventFiguresAppService figures, CancellationToken ct) => TypedResults.Ok(await figures.GetAsync(id, ct)))
            .RequirePermission(read);
        group.MapPut("/{id:guid}/figures/revenue", async (Guid id, SetEventRevenueDto input, IEventFiguresAppService figures, CancellationToken ct) =>
                TypedResults.Ok(await figures.SetRevenueAsync(id, input, ct)))
            .RequirePermission(EventsPermissions.MarketingEvents.Manage);
        return group;
    }

    private static async Task<Ok<PagedResultDto<EventFiguresDto>>> GetListAsync(
        IEventFiguresAppService figures,
        CancellationToken ct,
        int skipCount = 0,
        int maxResultCount = 20,
        string? filter = null,
        MarketingEventStatus? status = null,
        MarketingEventType? type = null) =>
        TypedResults.Ok(await figures.GetListAsync(
            InputValidator.Validated(new GetMarketingEventListInput { SkipCount = skipCount, MaxResultCount = maxResultCount, Filter = filter, Status = status, Type = type }), ct));
}

using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events.MarketingEvents;

public static class MarketingEventEndpoints
{
    /// <summary>The events themselves, at the root of the module's group (/api/events, /api/events/{id}...).</summary>
    public static RouteGroupBuilder MapMarketingEventsApi(this RouteGroupBuilder group)
    {
        const string read = EventsPermissions.MarketingEvents.Default;
        const string manage = EventsPermissions.MarketingEvents.Manage;
        group.MapGet("/", GetListAsync).RequirePermission(read);
        group.MapGet("/{id:guid}", async (Guid id, IMarketingEventAppService events, CancellationToken ct) => TypedResults.Ok(await events.GetAsync(id, ct)))
            .RequirePermission(read);
        group.MapPost("/", CreateAsync).RequirePermission(EventsPermissions.MarketingEvents.Create);
        group.MapPut("/{id:guid}", async (Guid id, UpdateMarketingEventDto input, IMarketingEventAppService events, CancellationToken ct) =>
                TypedResults.Ok(await events.UpdateAsync(id, input, ct)))
            .RequirePermission(EventsPermissions.MarketingEvents.Update);
        group.MapDelete("/{id:guid}", async (Guid id, IMarketingEventAppService events, CancellationToken ct) =>
            {
                await events.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(EventsPermissions.MarketingEvents.Delete);
        group.MapPut("/{id:guid}/budget", async (Guid id, ChangeEventBudgetDto input, IMarketingEventAppService events, CancellationToken ct) =>
                TypedResults.Ok(await events.ChangeBudgetAsync(id, input, ct)))
            .RequirePermission(EventsPermissions.MarketingEvents.Update);
        group.MapPost("/{id:guid}/submit", async (Guid id, MarketingEventActionDto? input, IMarketingEventAppService events, CancellationToken ct) =>
                TypedResults.Ok(await events.SubmitAsync(id, input ?? new(), ct)))
            .RequirePermission(manage);
        group.MapPost("/{id:guid}/start", async (Guid id, MarketingEventActionDto? input, IMarketingEventAppService events, CancellationToken ct) =>
                TypedResults.Ok(await events.StartAsync(id, input ?? new(), ct)))
            .RequirePermission(manage);
        group.MapPost("/{id:guid}/complete", async (Guid id, MarketingEventActionDto? input, IMarketingEventAppService events, CancellationToken ct) =>
                TypedResults.Ok(await events.CompleteAsync(id, input ?? new(), ct)))
            .RequirePermission(manage);
        group.MapPost("/{id:guid}/close", async (Guid id, MarketingEventActionDto? input, IMarketingEventAppService events, CancellationToken ct) =>
                TypedResults.Ok(await events.CloseAsync(id, input ?? new(), ct)))
            .RequirePermission(manage);
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
            InputValidator.Validated(new GetMarketingEventListInput { SkipCount = skipCount, MaxResultCount = maxResultCount, Filter = filter, Status = status, Type = type }), ct));

    private static async Task<Created<MarketingEventDto>> CreateAsync(CreateMarketingEventDto input, IMarketingEventAppService events, CancellationToken ct)
    {
        var created = await events.CreateAsync(input, ct);
        return TypedResults.Created($"{EventsHttpApiModule.RoutePrefix}/{created.Id}", created);
    }
}

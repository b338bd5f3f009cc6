using MarketingSaaS.Dtos;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events.EventTemplates;

public static class EventTemplateEndpoints
{
    public const string RouteSegment = "/templates";

    /// <summary>Event templates (/api/events/templates): save a finished event, list, rename, delete, start a new event.</summary>
    public static RouteGroupBuilder MapEventTemplatesApi(this RouteGroupBuilder group)
    {
        const string read = EventsPermissions.EventTemplates.Default;
        const string manage = EventsPermissions.EventTemplates.Manage;
        var templates = group.MapGroup(RouteSegment);
        templates.MapGet("/", GetListAsync).RequirePermission(read);
        templates.MapGet("/{id:guid}", async (Guid id, IEventTemplateAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .RequirePermission(read);
        templates.MapPost("/", CreateAsync).RequirePermission(manage, EventsPermissions.MarketingEvents.Default);
        templates.MapPut("/{id:guid}", async (Guid id, UpdateEventTemplateDto input, IEventTemplateAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, ct)))
            .RequirePermission(manage);
        templates.MapDelete("/{id:guid}", async (Guid id, IEventTemplateAppService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(manage);
        templates.MapPost("/{id:guid}/events", CreateEventAsync).RequirePermission(read, EventsPermissions.MarketingEvents.Create);
        return group;
    }

    private static async Task<Ok<PagedResultDto<EventTemplateDto>>> GetListAsync(
        IEventTemplateAppService service, CancellationToken ct, int skipCount = 0, int maxResultCount = 20, string? filter = null) =>
        TypedResults.Ok(await service.GetListAsync(InputValidator.Validated(new GetEventTemplateListInput { SkipCount = skipCount, MaxResultCount = maxResultCount, Filter = filter }), ct));

    private static async Task<Created<EventTemplateDto>> CreateAsync(CreateEventTemplateDto input, IEventTemplateAppService service, CancellationToken ct)
    {
        var created = await service.CreateAsync(input, ct);
        return TypedResults.Created($"{EventsHttpApiModule.RoutePrefix}{RouteSegment}/{created.Id}", created);
    }

    private static async Task<Created<MarketingEventDto>> CreateEventAsync(Guid id, CreateEventFromTemplateDto input, IEventTemplateAppService service, CancellationToken ct)
    {
        var created = await service.CreateEventAsync(id, input, ct);
        return TypedResults.Created($"{EventsHttpApiModule.RoutePrefix}/{created.Id}", created);
    }
}

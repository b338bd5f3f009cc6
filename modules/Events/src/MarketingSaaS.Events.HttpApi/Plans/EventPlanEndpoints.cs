using MarketingSaaS.Framework.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events.Plans;

public static class EventPlanEndpoints
{
    private const string Read = EventsPermissions.MarketingEvents.Default;
    private const string Edit = EventsPermissions.MarketingEvents.Update;

    /// <summary>
    /// The event's plan: /api/events/{id}/tasks, /milestones and /risks. Reading needs the events permission,
    /// editing <c>Update</c>; progress (/tasks/{taskId}/progress) is checked by the service: the Responsible or <c>Manage</c>.
    /// </summary>
    public static RouteGroupBuilder MapEventPlanApi(this RouteGroupBuilder group)
    {
        MapTasks(group.MapGroup("/{id:guid}/tasks"));
        MapMilestones(group.MapGroup("/{id:guid}/milestones"));
        MapRisks(group.MapGroup("/{id:guid}/risks"));
        return group;
    }

    private static void MapTasks(RouteGroupBuilder tasks)
    {
        tasks.MapGet("/", async (Guid id, IEventTaskAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetListAsync(id, ct)))
            .RequirePermission(Read);
        tasks.MapGet("/{taskId:guid}", async (Guid id, Guid taskId, IEventTaskAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, taskId, ct)))
            .RequirePermission(Read);
        tasks.MapPost("/", CreateTaskAsync).RequirePermission(Edit);
        tasks.MapPut("/{taskId:guid}", async (Guid id, Guid taskId, UpdateEventTaskDto input, IEventTaskAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, taskId, input, ct)))
            .RequirePermission(Edit);
        tasks.MapPut("/{taskId:guid}/progress", async (Guid id, Guid taskId, SetEventTaskProgressDto input, IEventTaskAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SetProgressAsync(id, taskId, input, ct)))
            .RequirePermission(Read);
        tasks.MapDelete("/{taskId:guid}", async (Guid id, Guid taskId, IEventTaskAppService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, taskId, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(Edit);
    }

    private static void MapMilestones(RouteGroupBuilder milestones)
    {
        milestones.MapGet("/", async (Guid id, IEventMilestoneAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetListAsync(id, ct)))
            .RequirePermission(Read);
        milestones.MapPost("/", CreateMilestoneAsync).RequirePermission(Edit);
        milestones.MapPut("/{milestoneId:guid}", async (Guid id, Guid milestoneId, UpdateEventMilestoneDto input, IEventMilestoneAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, milestoneId, input, ct)))
            .RequirePermission(Edit);
        milestones.MapDelete("/{milestoneId:guid}", async (Guid id, Guid milestoneId, IEventMilestoneAppService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, milestoneId, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(Edit);
    }

    private static void MapRisks(RouteGroupBuilder risks)
    {
        risks.MapGet("/", async (Guid id, IEventRiskAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetListAsync(id, ct)))
            .RequirePermission(Read);
        risks.MapPost("/", CreateRiskAsync).RequirePermission(Edit);
        risks.MapPut("/{riskId:guid}", async (Guid id, Guid riskId, UpdateEventRiskDto input, IEventRiskAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, riskId, input, ct)))
            .RequirePermission(Edit);
        risks.MapDelete("/{riskId:guid}", async (Guid id, Guid riskId, IEventRiskAppService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, riskId, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(Edit);
    }

    private static async Task<Created<EventTaskDto>> CreateTaskAsync(Guid id, CreateEventTaskDto input, IEventTaskAppService service, CancellationToken ct)
    {
        var created = await service.CreateAsync(id, input, ct);
        return TypedResults.Created($"{EventsHttpApiModule.RoutePrefix}/{id}/tasks/{created.Id}", created);
    }

    private static async Task<Created<EventMilestoneDto>> CreateMilestoneAsync(Guid id, CreateEventMilestoneDto input, IEventMilestoneAppService service, CancellationToken ct)
    {
        var created = await service.CreateAsync(id, input, ct);
        return TypedResults.Created($"{EventsHttpApiModule.RoutePrefix}/{id}/milestones/{created.Id}", created);
    }

    private static async Task<Created<EventRiskDto>> CreateRiskAsync(Guid id, CreateEventRiskDto input, IEventRiskAppService service, CancellationToken ct)
    {
        var created = await service.CreateAsync(id, input, ct);
        return TypedResults.Created($"{EventsHttpApiModule.RoutePrefix}/{id}/risks/{created.Id}", created);
    }
}

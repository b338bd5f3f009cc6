using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Processes;

public static class ProcessInstanceEndpoints
{
    public static IEndpointRouteBuilder MapProcessInstancesApi(this IEndpointRouteBuilder endpoints)
    {
        const string run = MarketingSaaSPermissions.ProcessInstances.Default;
        endpoints.MapGet("/api/processes/my-tasks", async (IProcessInstanceAppService processes, CancellationToken ct) =>
                TypedResults.Ok(await processes.GetMyTasksAsync(ct)))
            .WithTags("Processes").RequirePermission(run);
        endpoints.MapGet("/api/processes/assignee-candidates", async (IProcessInstanceAppService processes, CancellationToken ct) =>
                TypedResults.Ok(await processes.GetAssigneeCandidatesAsync(ct)))
            .WithTags("Processes").RequirePermission(run);

        var group = endpoints.MapGroup("/api/processes/instances").WithTags("Processes");
        group.MapGet("/", async ([AsParameters] GetProcessInstanceListInput input, IProcessInstanceAppService processes, CancellationToken ct) =>
                TypedResults.Ok(await processes.GetListAsync(input, ct)))
            .RequirePermission(run);
        group.MapGet("/{id:guid}", async (Guid id, IProcessInstanceAppService processes, CancellationToken ct) => TypedResults.Ok(await processes.GetAsync(id, ct)))
            .RequirePermission(run);
        group.MapPost("/", Start).RequirePermission(run);
        group.MapPost("/{id:guid}/steps/{stepId:guid}/deliverables/{deliverableId:guid}", async (Guid id, Guid stepId, Guid deliverableId, ProvideDeliverableDto input, IProcessInstanceAppService processes, CancellationToken ct) =>
                TypedResults.Ok(await processes.ProvideDeliverableAsync(id, stepId, deliverableId, input, ct)))
            .RequirePermission(run);
        group.MapPost("/{id:guid}/steps/{stepId:guid}/complete", async (Guid id, Guid stepId, IProcessInstanceAppService processes, CancellationToken ct) =>
                TypedResults.Ok(await processes.CompleteStepAsync(id, stepId, ct)))
            .RequirePermission(run);
        group.MapPost("/{id:guid}/steps/{stepId:guid}/reassign", async (Guid id, Guid stepId, ReassignStepDto input, IProcessInstanceAppService processes, CancellationToken ct) =>
                TypedResults.Ok(await processes.ReassignStepAsync(id, stepId, input, ct)))
            .RequirePermission(run);
        return endpoints;
    }

    private static async Task<Created<ProcessInstanceDto>> Start(StartProcessDto input, IProcessInstanceAppService processes, CancellationToken ct)
    {
        var instance = await processes.StartAsync(input, ct);
        return TypedResults.Created($"/api/processes/instances/{instance.Id}", instance);
    }
}

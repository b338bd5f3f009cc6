using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.ProcessTemplates;

public static class ProcessTemplateEndpoints
{
    public static IEndpointRouteBuilder MapProcessTemplatesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/processes/templates").WithTags("ProcessTemplates");
        const string read = MarketingSaaSPermissions.ProcessTemplates.Default;
        const string manage = MarketingSaaSPermissions.ProcessTemplates.Manage;

        group.MapGet("/", async ([AsParameters] GetProcessTemplateListInput input, IProcessTemplateAppService templates, CancellationToken ct) =>
                TypedResults.Ok(await templates.GetListAsync(input, ct)))
            .RequirePermission(read);
        group.MapGet("/{id:guid}", async (Guid id, IProcessTemplateAppService templates, CancellationToken ct) => TypedResults.Ok(await templates.GetAsync(id, ct)))
            .RequirePermission(read);
        group.MapPost("/", Create).RequirePermission(manage);
        group.MapPut("/{id:guid}/draft", async (Guid id, UpdateProcessTemplateDraftDto input, IProcessTemplateAppService templates, CancellationToken ct) =>
                TypedResults.Ok(await templates.UpdateDraftAsync(id, input, ct)))
            .RequirePermission(manage);
        group.MapPost("/{id:guid}/draft", async (Guid id, IProcessTemplateAppService templates, CancellationToken ct) =>
                TypedResults.Ok(await templates.CreateDraftAsync(id, ct)))
            .RequirePermission(manage);
        group.MapPost("/{id:guid}/publish", async (Guid id, IProcessTemplateAppService templates, CancellationToken ct) =>
                TypedResults.Ok(await templates.PublishAsync(id, ct)))
            .RequirePermission(manage);
        group.MapPost("/import-default", async (IProcessTemplateAppService templates, CancellationToken ct) =>
                TypedResults.Ok(await templates.ImportDefaultAsync(ct)))
            .RequirePermission(manage);
        return endpoints;
    }

    private static async Task<Created<ProcessTemplateDto>> Create(CreateProcessTemplateDto input, IProcessTemplateAppService templates, CancellationToken ct)
    {
        var template = await templates.CreateAsync(input, ct);
        return TypedResults.Created($"/api/processes/templates/{template.Id}", template);
    }
}

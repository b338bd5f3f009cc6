using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.TextTemplates;

public static class TextTemplateEndpoints
{
    public static IEndpointRouteBuilder MapTextTemplatesApi(this IEndpointRouteBuilder endpoints)
    {
        const string manage = MarketingSaaSPermissions.TextTemplates.Manage;
        var group = endpoints.MapGroup("/api/text-templates").WithTags("TextTemplates");
        group.MapGet("/", async (ITextTemplateAppService templates, CancellationToken ct) => TypedResults.Ok(await templates.GetListAsync(ct)))
            .RequirePermission(manage);
        group.MapGet("/{name}/{culture}", async (string name, string culture, ITextTemplateAppService templates, CancellationToken ct) =>
                TypedResults.Ok(await templates.GetContentAsync(name, culture, ct)))
            .RequirePermission(manage);
        group.MapPut("/{name}/{culture}", async (string name, string culture, UpdateTextTemplateContentDto input, ITextTemplateAppService templates, CancellationToken ct) =>
                TypedResults.Ok(await templates.UpdateContentAsync(name, culture, input, ct)))
            .RequirePermission(manage);
        group.MapDelete("/{name}/{culture}", async (string name, string culture, ITextTemplateAppService templates, CancellationToken ct) =>
                TypedResults.Ok(await templates.ResetAsync(name, culture, ct)))
            .RequirePermission(manage);
        group.MapPost("/{name}/{culture}/preview", async (string name, string culture, PreviewTextTemplateDto input, ITextTemplateAppService templates, CancellationToken ct) =>
                TypedResults.Ok(await templates.PreviewAsync(name, culture, input, ct)))
            .RequirePermission(manage);
        return endpoints;
    }
}

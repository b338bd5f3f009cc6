using System.Text;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.TextTemplates;

public static class DeliverableSkeletonEndpoints
{
    /// <summary>The deliverable's document skeleton as a Markdown download, in the request's culture.</summary>
    public static IEndpointRouteBuilder MapDeliverableSkeletonApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/processes/instances/{id:guid}/steps/{stepId:guid}/deliverables/{deliverableId:guid}/skeleton",
                async (Guid id, Guid stepId, Guid deliverableId, IDeliverableSkeletonAppService skeletons, CancellationToken ct) =>
                {
                    var skeleton = await skeletons.RenderAsync(id, stepId, deliverableId, ct);
                    return TypedResults.File(Encoding.UTF8.GetBytes(skeleton.Content), "text/markdown; charset=utf-8", skeleton.FileName);
                })
            .WithTags("Processes").RequirePermission(MarketingSaaSPermissions.ProcessInstances.Default);
        return endpoints;
    }
}

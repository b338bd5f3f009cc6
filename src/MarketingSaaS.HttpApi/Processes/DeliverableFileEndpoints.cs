using MarketingSaaS.Blobs;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Processes;

/// <summary>Files of a deliverable: raw-body upload (name in <c>X-File-Name</c>), list, download, delete.</summary>
public static class DeliverableFileEndpoints
{
    public static IEndpointRouteBuilder MapDeliverableFilesApi(this IEndpointRouteBuilder endpoints)
    {
        const string run = MarketingSaaSPermissions.ProcessInstances.Default;
        var group = endpoints.MapGroup("/api/processes/instances/{id:guid}/steps/{stepId:guid}/deliverables/{deliverableId:guid}/files").WithTags("Processes");
        group.MapPost("/", Upload).RequirePermission(run);
        group.MapGet("/", async (Guid id, Guid stepId, Guid deliverableId, IDeliverableFileAppService files, CancellationToken ct) =>
                TypedResults.Ok(await files.GetListAsync(id, stepId, deliverableId, ct)))
            .RequirePermission(run);
        group.MapGet("/{fileId:guid}", async (Guid id, Guid stepId, Guid deliverableId, Guid fileId, IDeliverableFileAppService files, CancellationToken ct) =>
                new BlobFileResult(await files.DownloadAsync(id, stepId, deliverableId, fileId, ct)))
            .RequirePermission(run);
        group.MapDelete("/{fileId:guid}", async (Guid id, Guid stepId, Guid deliverableId, Guid fileId, IDeliverableFileAppService files, CancellationToken ct) =>
            {
                await files.DeleteAsync(id, stepId, deliverableId, fileId, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(run);
        return endpoints;
    }

    private static async Task<Created<BlobFileDto>> Upload(
        Guid id,
        Guid stepId,
        Guid deliverableId,
        HttpContext http,
        IDeliverableFileAppService files,
        IBlobContainer<DeliverableFilesContainer> container,
        CancellationToken ct)
    {
        // The step's form shows a refused file under its file input: 400 with the error on "file".
        var file = await BlobUploadFieldErrors.RunAsync(container, () =>
            files.UploadAsync(id, stepId, deliverableId, http.Request.Body, BlobUploads.Prepare(http, container), ct));
        return TypedResults.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{file.Id}", file);
    }
}

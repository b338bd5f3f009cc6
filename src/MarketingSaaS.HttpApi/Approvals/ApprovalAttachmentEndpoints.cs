using MarketingSaaS.Blobs;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.BlobStoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Approvals;

/// <summary>Attachments of an approval request; as for reading a request, being involved in it is the check.</summary>
public static class ApprovalAttachmentEndpoints
{
    public static IEndpointRouteBuilder MapApprovalAttachmentsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/approvals/requests/{id:guid}/attachments").WithTags("ApprovalRequests");
        group.MapPost("/", Upload).RequireSignedIn();
        group.MapGet("/", async (Guid id, IApprovalAttachmentAppService attachments, CancellationToken ct) =>
                TypedResults.Ok(await attachments.GetListAsync(id, ct)))
            .RequireSignedIn();
        group.MapGet("/{fileId:guid}", async (Guid id, Guid fileId, IApprovalAttachmentAppService attachments, CancellationToken ct) =>
                new BlobFileResult(await attachments.DownloadAsync(id, fileId, ct)))
            .RequireSignedIn();
        group.MapDelete("/{fileId:guid}", async (Guid id, Guid fileId, IApprovalAttachmentAppService attachments, CancellationToken ct) =>
            {
                await attachments.DeleteAsync(id, fileId, ct);
                return TypedResults.NoContent();
            })
            .RequireSignedIn();
        return endpoints;
    }

    private static async Task<Created<BlobFileDto>> Upload(
        Guid id,
        HttpContext http,
        IApprovalAttachmentAppService attachments,
        IBlobContainer<ApprovalAttachmentsContainer> container,
        CancellationToken ct)
    {
        // The submit form shows a refused receipt under its file field: 400 with the error on "file".
        var file = await BlobUploadFieldErrors.RunAsync(container, () =>
            attachments.UploadAsync(id, http.Request.Body, BlobUploads.Prepare(http, container), ct));
        return TypedResults.Created($"/api/approvals/requests/{id}/attachments/{file.Id}", file);
    }
}

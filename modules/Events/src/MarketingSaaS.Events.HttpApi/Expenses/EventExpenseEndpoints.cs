using MarketingSaaS.Blobs;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.ExceptionHandling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events.Expenses;

public static class EventExpenseEndpoints
{
    /// <summary>Header carrying the receipt's original name, percent-encoded UTF-8 (as for platform uploads).</summary>
    public const string FileNameHeader = "X-File-Name";

    /// <summary>Actual costs of an event (/api/events/{id}/expenses) and their receipts.</summary>
    public static RouteGroupBuilder MapEventExpensesApi(this RouteGroupBuilder group)
    {
        const string read = EventsPermissions.MarketingEvents.Default;
        const string manage = EventsPermissions.MarketingEvents.Manage;
        // A cost by its own id (an over-budget cost's approval request names the cost, not its event).
        group.MapGet("/expenses/{expenseId:guid}", async (Guid expenseId, IEventExpenseAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(expenseId, ct)))
            .RequirePermission(read);
        var expenses = group.MapGroup("/{id:guid}/expenses");
        expenses.MapGet("/", async (Guid id, IEventExpenseAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetListAsync(id, ct)))
            .RequirePermission(read);
        expenses.MapPost("/", CreateAsync).RequirePermission(manage);
        expenses.MapPut("/{expenseId:guid}", async (Guid id, Guid expenseId, UpdateEventExpenseDto input, IEventExpenseAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, expenseId, input, ct)))
            .RequirePermission(manage);
        expenses.MapDelete("/{expenseId:guid}", async (Guid id, Guid expenseId, IEventExpenseAppService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, expenseId, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(manage);
        expenses.MapPost("/{expenseId:guid}/receipt", UploadReceiptAsync).RequirePermission(manage);
        expenses.MapGet("/{expenseId:guid}/receipt", DownloadReceiptAsync).RequirePermission(read);
        return group;
    }

    /// <summary>201 with the recorded cost; 202 with the cost pending its over-budget approval (Location: the approval request).</summary>
    private static async Task<Results<Created<EventExpenseDto>, Accepted<EventExpenseDto>>> CreateAsync(Guid id, CreateEventExpenseDto input, IEventExpenseAppService service, CancellationToken ct)
    {
        var created = await service.CreateAsync(id, input, ct);
        return created is { Status: EventExpenseStatus.PendingApproval, ApprovalRequestId: { } requestId }
            ? TypedResults.Accepted($"/api/approvals/requests/{requestId}", created)
            : TypedResults.Created($"{EventsHttpApiModule.RoutePrefix}/{id}/expenses/{created.Id}", created);
    }

    /// <summary>The raw request body is the file; a declared length above the container's limit is refused before reading.</summary>
    private static async Task<Created<BlobFileDto>> UploadReceiptAsync(
        Guid id, Guid expenseId, HttpContext http, IEventExpenseAppService service, IBlobContainer<EventReceiptsContainer> container, CancellationToken ct)
    {
        var max = container.Configuration.MaxSizeBytes;
        if (http.Request.ContentLength > max)
        {
            throw new BusinessException(BlobStoringErrorCodes.FileTooLarge, new Dictionary<string, object?> { ["max"] = $"{max / (1024.0 * 1024):0.#} MB" }, 413);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + 1;
        }

        var name = http.Request.Headers[FileNameHeader].ToString();
        var file = await service.UploadReceiptAsync(id, expenseId, http.Request.Body, name.Length == 0 ? null : Uri.UnescapeDataString(name), ct);
        return TypedResults.Created($"{EventsHttpApiModule.RoutePrefix}/{id}/expenses/{expenseId}/receipt", file);
    }

    private static async Task<FileStreamHttpResult> DownloadReceiptAsync(Guid id, Guid expenseId, HttpContext http, IEventExpenseAppService service, CancellationToken ct)
    {
        var file = await service.DownloadReceiptAsync(id, expenseId, ct);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
    }
}

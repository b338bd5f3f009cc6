using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.BackgroundJobs;

/// <summary>The job queue for admins: a tenant admin sees the tenant's jobs, the host admin every job.</summary>
public static class BackgroundJobEndpoints
{
    public static IEndpointRouteBuilder MapBackgroundJobApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/background-jobs").WithTags("BackgroundJobs");
        group.MapGet("/", GetListAsync).RequirePermission(MarketingSaaSPermissions.BackgroundJobs.Default);
        group.MapGet("/{id:guid}", GetAsync).RequirePermission(MarketingSaaSPermissions.BackgroundJobs.Default);
        group.MapPost("/{id:guid}/retry", RetryAsync).RequirePermission(MarketingSaaSPermissions.BackgroundJobs.Manage);
        group.MapDelete("/{id:guid}", DeleteAsync).RequirePermission(MarketingSaaSPermissions.BackgroundJobs.Manage);
        return endpoints;
    }

    private static async Task<Ok<PagedResultDto<BackgroundJobDto>>> GetListAsync(
        IBackgroundJobAppService jobs,
        CancellationToken ct,
        int skipCount = 0,
        int maxResultCount = 20,
        BackgroundJobState? state = null) =>
        TypedResults.Ok(await jobs.GetListAsync(InputValidator.Validated(new GetBackgroundJobListInput { SkipCount = skipCount, MaxResultCount = maxResultCount, State = state }), ct));

    private static async Task<Ok<BackgroundJobDetailsDto>> GetAsync(Guid id, IBackgroundJobAppService jobs, CancellationToken ct) =>
        TypedResults.Ok(await jobs.GetAsync(id, ct));

    private static async Task<Ok<BackgroundJobDetailsDto>> RetryAsync(Guid id, IBackgroundJobAppService jobs, CancellationToken ct) =>
        TypedResults.Ok(await jobs.RetryAsync(id, ct));

    private static async Task<NoContent> DeleteAsync(Guid id, IBackgroundJobAppService jobs, CancellationToken ct)
    {
        await jobs.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}

using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.AuditLogging;

/// <summary>The current tenant's change log (tenant-side permission: host operators get 403).</summary>
public static class AuditLogEndpoints
{
    public static IEndpointRouteBuilder MapAuditLogApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/audit-logs").WithTags("AuditLogs");
        group.MapGet("/", GetListAsync).RequirePermission(MarketingSaaSPermissions.AuditLogs.Default);
        group.MapGet("/filter-options", async (IAuditLogAppService auditLogs, CancellationToken ct) => TypedResults.Ok(await auditLogs.GetFilterOptionsAsync(ct)))
            .RequirePermission(MarketingSaaSPermissions.AuditLogs.Default);
        return endpoints;
    }

    private static async Task<Ok<PagedResultDto<EntityChangeLogDto>>> GetListAsync(
        IAuditLogAppService auditLogs,
        CancellationToken ct,
        int skipCount = 0,
        int maxResultCount = 20,
        string? filter = null,
        string? entityType = null,
        string? entityId = null,
        Guid? userId = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null) =>
        TypedResults.Ok(await auditLogs.GetListAsync(InputValidator.Validated(new GetAuditLogListInput
        {
            SkipCount = skipCount,
            MaxResultCount = maxResultCount,
            Filter = filter,
            EntityType = entityType,
            EntityId = entityId,
            UserId = userId,
            From = from,
            To = to,
        }), ct));
}

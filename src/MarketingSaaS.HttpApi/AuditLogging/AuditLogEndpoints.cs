using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
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
        return endpoints;
    }

    private static async Task<Ok<PagedResultDto<EntityChangeLogDto>>> GetListAsync([AsParameters] GetAuditLogListInput input, IAuditLogAppService auditLogs, CancellationToken ct) =>
        TypedResults.Ok(await auditLogs.GetListAsync(input, ct));
}

using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.OrgCharts;

public static class OrgChartCsvEndpoints
{
    private const long MaxCsvBytes = 2 * 1024 * 1024;

    public static IEndpointRouteBuilder MapOrgChartCsvApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/org").WithTags("OrgChart");
        group.MapGet("/export", async (IOrgChartCsvAppService csv, CancellationToken ct) =>
                TypedResults.File(await csv.ExportAsync(ct), "text/csv; charset=utf-8", "org-chart.csv"))
            .RequirePermission(MarketingSaaSPermissions.OrganizationUnits.Default, MarketingSaaSPermissions.Positions.Default);
        group.MapPost("/import", async (HttpRequest request, IOrgChartCsvAppService csv, CancellationToken ct) =>
            {
                if (request.ContentLength > MaxCsvBytes)
                {
                    throw new FieldValidationException("file", "MarketingSaaS:OrgChartCsvTooLarge");
                }

                return TypedResults.Ok(await csv.ImportAsync(request.Body, ct));
            })
            .Accepts<string>("text/csv")
            .RequirePermission(MarketingSaaSPermissions.OrganizationUnits.Manage, MarketingSaaSPermissions.Positions.Manage);
        return endpoints;
    }
}

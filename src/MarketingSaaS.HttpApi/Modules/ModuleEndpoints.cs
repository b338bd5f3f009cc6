using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Modules;

public static class ModuleEndpoints
{
    public static IEndpointRouteBuilder MapModuleApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/modules").WithTags("Modules");
        group.MapGet("/", GetListAsync).RequirePermission(MarketingSaaSPermissions.Modules.Manage);
        group.MapPut("/{name}", UpdateAsync).RequirePermission(MarketingSaaSPermissions.Modules.Manage);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<ModuleDto>>> GetListAsync(IModuleAppService modules, CancellationToken ct) =>
        TypedResults.Ok(await modules.GetListAsync(ct));

    private static async Task<Ok<ModuleDto>> UpdateAsync(string name, UpdateModuleDto input, IModuleAppService modules, CancellationToken ct) =>
        TypedResults.Ok(await modules.UpdateAsync(name, input, ct));
}

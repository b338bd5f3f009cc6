using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Settings;

public static class SettingEndpoints
{
    public static IEndpointRouteBuilder MapSettingApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/settings").WithTags("Settings");
        group.MapGet("/", GetListAsync).RequirePermission(MarketingSaaSPermissions.Settings.Manage);
        group.MapPut("/", UpdateAsync).RequirePermission(MarketingSaaSPermissions.Settings.Manage);
        group.MapPut("/my-culture", UpdateMyCultureAsync).RequireSignedIn();
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<SettingDto>>> GetListAsync(ISettingAppService settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.GetListAsync(ct));

    private static async Task<Ok<IReadOnlyList<SettingDto>>> UpdateAsync(UpdateSettingsDto input, ISettingAppService settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.UpdateAsync(input, ct));

    private static async Task<NoContent> UpdateMyCultureAsync(UpdateMyCultureDto input, ISettingAppService settings, CancellationToken ct)
    {
        await settings.UpdateMyCultureAsync(input, ct);
        return TypedResults.NoContent();
    }
}

using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Onboarding;

/// <summary>The admin's onboarding checklist: those who manage the company's settings see and dismiss it.</summary>
public static class OnboardingEndpoints
{
    public static IEndpointRouteBuilder MapOnboardingApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/onboarding").WithTags("Onboarding");
        group.MapGet("/", async (IOnboardingAppService onboarding, CancellationToken ct) => TypedResults.Ok(await onboarding.GetAsync(ct)))
            .RequirePermission(MarketingSaaSPermissions.Settings.Manage);
        group.MapPut("/", async (UpdateOnboardingDto input, IOnboardingAppService onboarding, CancellationToken ct) =>
                TypedResults.Ok(await onboarding.UpdateAsync(input, ct)))
            .RequirePermission(MarketingSaaSPermissions.Settings.Manage);
        return endpoints;
    }
}

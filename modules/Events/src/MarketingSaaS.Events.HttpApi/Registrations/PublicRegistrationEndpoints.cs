using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.MultiTenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events.Registrations;

/// <summary>
/// The public registration page's API: no sign-in; the "{__tenant}" route value names the company (its slug),
/// which the tenant middleware makes current. The module switch applies (403 Framework:ModuleNotEnabled).
/// The handlers declare the slug (unused: the middleware has resolved it) so that the OpenAPI document, and with it the
/// portal's generated client, carries it as a path parameter.
/// </summary>
public static class PublicRegistrationEndpoints
{
    public const string RoutePrefix = "/api/public/events/{" + MultiTenancyOptions.TenantKey + "}/{eventId:guid}";

    public static IEndpointRouteBuilder MapPublicRegistrationApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(RoutePrefix).WithTags(EventsFeatures.ModuleName);
        group.RequireFeature(EventsFeatures.Enable);
        group.MapGet("/", async ([FromRoute(Name = MultiTenancyOptions.TenantKey)] string tenant, Guid eventId, IPublicRegistrationAppService registrations, CancellationToken ct) =>
                TypedResults.Ok(await registrations.GetEventAsync(eventId, ct)))
            .AllowAnonymous().RequireRateLimiting(PublicRegistrationRateLimit.PolicyName);
        group.MapPost("/registrations", async ([FromRoute(Name = MultiTenancyOptions.TenantKey)] string tenant, Guid eventId, RegisterForEventDto input, IPublicRegistrationAppService registrations, CancellationToken ct) =>
                TypedResults.Created((string?)null, await registrations.RegisterAsync(eventId, input, ct)))
            .AllowAnonymous().RequireRateLimiting(PublicRegistrationRateLimit.PolicyName);
        group.MapGet("/registrations/{code}", async ([FromRoute(Name = MultiTenancyOptions.TenantKey)] string tenant, Guid eventId, string code, IPublicRegistrationAppService registrations, CancellationToken ct) =>
                TypedResults.Ok(await registrations.GetRegistrationAsync(eventId, code, ct)))
            .AllowAnonymous().RequireRateLimiting(PublicRegistrationRateLimit.PolicyName);
        group.MapGet("/registrations/{code}/qr.svg", async ([FromRoute(Name = MultiTenancyOptions.TenantKey)] string tenant, Guid eventId, string code, HttpContext http, IPublicRegistrationAppService registrations, CancellationToken ct) =>
                CheckInQrResult.Svg(http, await registrations.GetQrCodeAsync(eventId, code, ct)))
            .AllowAnonymous().RequireRateLimiting(PublicRegistrationRateLimit.PolicyName);
        group.MapPost("/registrations/{code}/cancel", async ([FromRoute(Name = MultiTenancyOptions.TenantKey)] string tenant, Guid eventId, string code, IPublicRegistrationAppService registrations, CancellationToken ct) =>
                TypedResults.Ok(await registrations.CancelAsync(eventId, code, ct)))
            .AllowAnonymous().RequireRateLimiting(PublicRegistrationRateLimit.PolicyName);
        return endpoints;
    }
}

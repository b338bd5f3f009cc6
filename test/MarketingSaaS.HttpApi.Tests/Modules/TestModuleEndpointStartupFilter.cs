using MarketingSaaS.Framework.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.HttpApi.Tests.Modules;

/// <summary>
/// Maps an endpoint of the test module into the host's own route table, so it runs behind the real
/// tenant, feature and permission middleware. After the host's pipeline is configured, the route
/// builder its UseRouting() registered is left in the application builder's properties.
/// </summary>
public sealed class TestModuleEndpointStartupFilter : IStartupFilter
{
    private const string RouteBuilderProperty = "__EndpointRouteBuilder";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        var routes = app.Properties.TryGetValue(RouteBuilderProperty, out var value) && value is IEndpointRouteBuilder builder
            ? builder
            : throw new InvalidOperationException("The host's route builder was not found; the test module endpoint cannot be mapped.");
        routes.MapGet(TestModuleFeatures.ReportsUrl, () => TypedResults.Ok(new { report = "ok" }))
            .RequireFeature(TestModuleFeatures.Reports)
            .RequireSignedIn();
    };
}

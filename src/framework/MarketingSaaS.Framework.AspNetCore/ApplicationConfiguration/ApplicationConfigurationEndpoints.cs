using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Framework.AspNetCore.ApplicationConfiguration;

public static class ApplicationConfigurationEndpoints
{
    public static IEndpointRouteBuilder MapApplicationConfigurationApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/application-configuration", async (ApplicationConfigurationBuilder builder, CancellationToken ct) =>
                TypedResults.Ok(await builder.BuildAsync(ct)))
            .WithTags("ApplicationConfiguration")
            .WithName("GetApplicationConfiguration")
            .AllowAnonymous();
        return endpoints;
    }
}

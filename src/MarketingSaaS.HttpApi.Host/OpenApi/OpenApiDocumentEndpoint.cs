using MarketingSaaS.Framework.AspNetCore.Authorization;

namespace MarketingSaaS.OpenApi;

public static class OpenApiDocumentEndpoint
{
    /// <summary>
    /// <c>/openapi/v1.json</c>: open in Development (the portal's client generator reads it from `dotnet run`) or
    /// with <c>OpenApi:AllowAnonymous=true</c>; elsewhere only for signed-in callers, so the API's map is not public.
    /// </summary>
    public static IEndpointConventionBuilder MapOpenApiDocument(this WebApplication app)
    {
        var document = app.MapOpenApi();
        return app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("OpenApi:AllowAnonymous")
            ? document.AllowAnonymous()
            : document.RequireSignedIn();
    }
}

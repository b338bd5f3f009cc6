using MarketingSaaS.Framework.AspNetCore;
using MarketingSaaS.Framework.AspNetCore.Modularity;
using MarketingSaaS.Framework.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.Tests.Validation;

[DependsOn(typeof(FrameworkAspNetCoreModule))]
public sealed class ValidationTestModule : MarketingModule, IEndpointModule
{
    public override void ConfigureServices(ServiceConfigurationContext context) =>
        context.Services.AddSingleton<AnnotatedService>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/campaigns", (CampaignInput input) => $"created {input.Name}");
        endpoints.MapGet("/campaigns", ([AsParameters] CampaignQuery query) => $"page size {query.PageSize}");
        endpoints.MapGet("/campaigns/by-state", (CampaignState? state) => $"state {state}");
        endpoints.MapGet("/campaigns/since", (DateTimeOffset? from) => $"since {from:O}");
        endpoints.MapGet("/campaigns/{name}", (string name, AnnotatedService service) => $"found {name}");
    }
}

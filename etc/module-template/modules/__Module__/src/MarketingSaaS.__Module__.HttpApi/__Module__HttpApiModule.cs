using MarketingSaaS.__Module__.EntityFrameworkCore;
using MarketingSaaS.__Module__.Items;
using MarketingSaaS.Framework.AspNetCore;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Modularity;
using MarketingSaaS.Framework.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.__Module__;

/// <summary>
/// The module's entry point (the main assembly of a plug-in folder): depends on every layer of the module. Every
/// endpoint sits in the /api/__module__ group, which requires the module switch.
/// </summary>
[DependsOn(typeof(__Module__ApplicationModule), typeof(__Module__EntityFrameworkCoreModule), typeof(FrameworkAspNetCoreModule))]
public sealed class __Module__HttpApiModule : MarketingModule, IEndpointModule
{
    public const string RoutePrefix = "/api/__module__";

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(RoutePrefix).WithTags(__Module__Features.ModuleName);
        group.RequireFeature(__Module__Features.Enable);
        group.Map__Module__ItemsApi();
    }
}

using MarketingSaaS.Membership.EntityFrameworkCore;
using MarketingSaaS.Membership.Members;
using MarketingSaaS.Framework.AspNetCore;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Modularity;
using MarketingSaaS.Framework.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Membership;

/// <summary>
/// The module's entry point (the main assembly of a plug-in folder): depends on every layer of the module. Every
/// endpoint sits in the /api/membership group, which requires the module switch.
/// </summary>
[DependsOn(typeof(MembershipApplicationModule), typeof(MembershipEntityFrameworkCoreModule), typeof(FrameworkAspNetCoreModule))]
public sealed class MembershipHttpApiModule : MarketingModule, IEndpointModule
{
    public const string RoutePrefix = "/api/membership";

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(RoutePrefix).WithTags(MembershipFeatures.ModuleName);
        group.RequireFeature(MembershipFeatures.Enable);
        group.MapMembersApi();
        group.MapPurchasesApi();
        group.MapPointsApi();
    }
}

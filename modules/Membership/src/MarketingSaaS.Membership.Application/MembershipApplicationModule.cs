using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Membership.Members;
using MarketingSaaS.Membership.Points;
using MarketingSaaS.Membership.Purchases;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Membership;

[DependsOn(typeof(MembershipDomainModule))]
public sealed class MembershipApplicationModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.AddScoped<IMemberAppService, MemberAppService>();
        context.Services.AddScoped<IPurchaseAppService, PurchaseAppService>();
        context.Services.AddScoped<IPointsAppService, PointsAppService>();
    }
}

using MarketingSaaS.Membership.Items;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Membership;

[DependsOn(typeof(MembershipDomainModule))]
public sealed class MembershipApplicationModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context) =>
        context.Services.AddScoped<IMembershipItemAppService, MembershipItemAppService>();
}

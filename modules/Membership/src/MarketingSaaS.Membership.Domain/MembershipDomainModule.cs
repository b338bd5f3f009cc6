using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.Modularity.Manifests;
using MarketingSaaS.Membership.Members;
using MarketingSaaS.Membership.Points;
using MarketingSaaS.Membership.Purchases;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Membership;

/// <summary>The Membership module's domain services; its definitions and texts come from <see cref="MembershipModuleManifest"/>.</summary>
[DependsOn(typeof(MarketingSaaSDomainSharedModule))]
[ModuleManifest(typeof(MembershipModuleManifest))]
public sealed class MembershipDomainModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.AddScoped<MemberManager>();
        context.Services.AddScoped<PointsManager>();
        context.Services.AddScoped<PurchaseManager>();
    }
}

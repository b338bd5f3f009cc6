using MarketingSaaS.Membership.Items;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.Modularity.Manifests;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Membership;

/// <summary>The Membership module's domain services; its definitions and texts come from <see cref="MembershipModuleManifest"/>.</summary>
[DependsOn(typeof(MarketingSaaSDomainSharedModule))]
[ModuleManifest(typeof(MembershipModuleManifest))]
public sealed class MembershipDomainModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context) =>
        context.Services.AddScoped<MembershipItemManager>();
}

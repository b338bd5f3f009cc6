using MarketingSaaS.__Module__.Items;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.Modularity.Manifests;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.__Module__;

/// <summary>The __Module__ module's domain services; its definitions and texts come from <see cref="__Module__ModuleManifest"/>.</summary>
[DependsOn(typeof(MarketingSaaSDomainSharedModule))]
[ModuleManifest(typeof(__Module__ModuleManifest))]
public sealed class __Module__DomainModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context) =>
        context.Services.AddScoped<__Module__ItemManager>();
}

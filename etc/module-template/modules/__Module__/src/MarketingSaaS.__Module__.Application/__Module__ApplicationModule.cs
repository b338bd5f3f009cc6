using MarketingSaaS.__Module__.Items;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.__Module__;

[DependsOn(typeof(__Module__DomainModule))]
public sealed class __Module__ApplicationModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context) =>
        context.Services.AddScoped<I__Module__ItemAppService, __Module__ItemAppService>();
}

using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.DbMigrator;

[DependsOn(typeof(MarketingSaaSApplicationModule), typeof(MarketingSaaSEntityFrameworkCoreModule))]
public sealed class MarketingSaaSDbMigratorModule : MarketingModule
{
    /// <summary>Identity's token providers (registered by the domain) need data protection; the web host gets it from authentication.</summary>
    public override void ConfigureServices(ServiceConfigurationContext context) => context.Services.AddDataProtection();
}

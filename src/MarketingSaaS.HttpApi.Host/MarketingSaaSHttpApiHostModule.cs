using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.HealthChecks;
using MarketingSaaS.Portal;

namespace MarketingSaaS;

/// <summary>The composition root: the platform's layers. Optional modules come as references or plug-ins.</summary>
[DependsOn(typeof(MarketingSaaSHttpApiModule), typeof(MarketingSaaSEntityFrameworkCoreModule))]
public sealed class MarketingSaaSHttpApiHostModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddLocalization();
        services.AddPortalCompression();
    }
}

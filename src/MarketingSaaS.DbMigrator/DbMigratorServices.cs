using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarketingSaaS.DbMigrator;

/// <summary>The migrator's composition, outside a web host (also used by its tests).</summary>
public static class DbMigratorServices
{
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
        var modular = ModularApplication.Create(typeof(MarketingSaaSDbMigratorModule), services, configuration);
        var provider = services.BuildServiceProvider();
        modular.Initialize(provider);
        return provider;
    }
}

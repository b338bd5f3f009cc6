using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarketingSaaS.DbMigrator;

/// <summary>The migrator's composition, outside a web host (also used by its tests and by `dotnet ef`).</summary>
public static class DbMigratorServices
{
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        var modular = Configure(services, configuration);
        var provider = services.BuildServiceProvider();
        modular.Initialize(provider);
        return provider;
    }

    /// <summary>
    /// The platform, every module of the host's list (Modules/ComposedModules.props, turned into references with
    /// <c>ComposeModule="true"</c> by the csproj), and the plug-ins in
    /// "PlugIns:Folder" (relative to the migrator's folder), each bringing its DbContext registration.
    /// </summary>
    public static ModularApplication Configure(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration);
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
        var referenced = ComposedModuleAssemblyAttribute.LoadModuleTypes(typeof(DbMigratorServices).Assembly);
        var plugIns = PlugInFolderSource.LoadConfigured(configuration, AppContext.BaseDirectory);
        return ModularApplication.Create(typeof(MarketingSaaSDbMigratorModule), services, configuration, plugIns, referenced);
    }
}

using MarketingSaaS.Framework.Modularity.Manifests;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.HttpApi.Tests.Modules;

public sealed class SqliteModuleApiFixture : SqliteApiFixture
{
    protected override void ConfigureServices(IServiceCollection services) => ModuleApiFixtures.AddTestModule(services);
}

public sealed class PostgreSqlModuleApiFixture : PostgreSqlApiFixture
{
    protected override void ConfigureServices(IServiceCollection services) => ModuleApiFixtures.AddTestModule(services);
}

internal static class ModuleApiFixtures
{
    public static void AddTestModule(IServiceCollection services)
    {
        services.AddModuleManifest<TestModuleFeatures.ReportsManifest>();
        services.AddModuleManifest<TestModuleFeatures.ArchiveManifest>();
        services.AddModuleManifest<TestModuleFeatures.DashboardsManifest>();
        services.AddTransient<IStartupFilter, TestModuleEndpointStartupFilter>();
    }
}

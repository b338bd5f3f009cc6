using MarketingSaaS.Events.IntegrationEvents;
using MarketingSaaS.Framework.Modularity.Manifests;
using MarketingSaaS.Framework.IntegrationEvents;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.Tests.IntegrationEvents;

internal static class IntegrationEventFixtureSetup
{
    public static void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<AttendeeCheckedInRecorder>();
        services.AddModuleManifest<ListenerModuleManifest>();
        services.AddIntegrationEventHandler<AttendeeCheckedInEto, AlwaysOnAttendeeSubscriber>();
        services.AddIntegrationEventHandler<AttendeeCheckedInEto, ListenerModuleAttendeeSubscriber>(ListenerModuleManifest.Switch);
    }
}

public sealed class IntegrationEventSqliteFixture : SqliteApiFixture
{
    protected override void ConfigureServices(IServiceCollection services) => IntegrationEventFixtureSetup.ConfigureServices(services);
}

public sealed class IntegrationEventPostgreSqlFixture : PostgreSqlApiFixture
{
    protected override void ConfigureServices(IServiceCollection services) => IntegrationEventFixtureSetup.ConfigureServices(services);
}

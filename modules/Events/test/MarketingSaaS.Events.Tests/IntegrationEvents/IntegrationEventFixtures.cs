using MarketingSaaS.Events.IntegrationEvents;
using MarketingSaaS.Framework;
using MarketingSaaS.Framework.IntegrationEvents;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.Tests.IntegrationEvents;

internal static class IntegrationEventFixtureSetup
{
    public static void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<AttendeeCheckedInRecorder>();
        services.AddFeatureDefinitions<ListenerModuleFeatureDefinitionProvider>();
        services.AddIntegrationEventHandler<AttendeeCheckedInEto, AlwaysOnAttendeeSubscriber>();
        services.AddIntegrationEventHandler<AttendeeCheckedInEto, ListenerModuleAttendeeSubscriber>(ListenerModuleFeatureDefinitionProvider.Switch);
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

using MarketingSaaS.Events.EntityFrameworkCore.MarketingEvents;
using MarketingSaaS.Events.EntityFrameworkCore.Plans;
using MarketingSaaS.Events.EntityFrameworkCore.Registrations;
using MarketingSaaS.Events.Figures;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.EntityFrameworkCore;

/// <summary>Registers <see cref="EventsDbContext"/>: the migrator finds it through its registration and migrates it after the platform.</summary>
[DependsOn(typeof(EventsDomainModule), typeof(FrameworkEntityFrameworkCoreModule))]
public sealed class EventsEntityFrameworkCoreModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddModuleDbContext<EventsDbContext, SqliteEventsDbContext, PostgreSqlEventsDbContext>(
            EventsFeatures.ModuleName,
            (o, d) => new SqliteEventsDbContext(o, d),
            (o, d) => new PostgreSqlEventsDbContext(o, d));
        services.AddScoped<IMarketingEventRepository, MarketingEventRepository>();
        services.AddEventsExecutionRepositories();
        services.AddEventPlanRepositories();
        services.AddScoped<IEventRegistrationSettingsRepository, EventRegistrationSettingsRepository>();
        services.AddScoped<IEventRegistrationRepository, EventRegistrationRepository>();
        services.AddScoped<IEventAttendanceCounter, EventRegistrationAttendanceCounter>();
        services.AddEventsEntityNameSources();
    }
}

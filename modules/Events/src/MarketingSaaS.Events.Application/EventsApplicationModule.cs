using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events;

[DependsOn(typeof(EventsDomainModule), typeof(MarketingSaaSApplicationModule))]
public sealed class EventsApplicationModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context) =>
        context.Services.AddScoped<IMarketingEventAppService, MarketingEventAppService>().AddEventsExecutionAppServices();
}

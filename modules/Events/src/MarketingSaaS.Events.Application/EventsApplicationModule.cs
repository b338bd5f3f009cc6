using MarketingSaaS.Events.CheckIns;
using MarketingSaaS.Events.Leads;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events;

[DependsOn(typeof(EventsDomainModule))]
public sealed class EventsApplicationModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.AddScoped<IMarketingEventAppService, MarketingEventAppService>().AddEventsExecutionAppServices().AddEventPlanAppServices();
        context.Services.AddScoped<IPublicRegistrationAppService, PublicRegistrationAppService>();
        context.Services.AddScoped<IEventRegistrationAppService, EventRegistrationAppService>();
        context.Services.AddScoped<ICheckInAppService, CheckInAppService>();
        context.Services.AddScoped<IEventLeadAppService, EventLeadAppService>();
        context.Services.AddScoped<MarketingSaaS.MyTasks.IMyTaskSource, MyTasks.EventTaskMyTaskSource>();
    }
}

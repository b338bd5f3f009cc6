using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.Modularity.Manifests;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events;

/// <summary>
/// The Events module's domain services. Its definitions, texts, default grants, metrics and search come from
/// <see cref="EventsModuleManifest"/>, registered by the modular application. Uses the platform's contracts.
/// </summary>
[DependsOn(typeof(MarketingSaaSDomainSharedModule))]
[ModuleManifest(typeof(EventsModuleManifest))]
public sealed class EventsDomainModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddScoped<MarketingEventManager>();
        services.AddScoped<MarketingEventApprovals>();
        services.AddScoped<RegistrationManager>();
        services.AddBackgroundJob<SendRegistrationEmailJob, SendRegistrationEmailArgs>(SendRegistrationEmailJob.Name);
        services.AddScoped<MarketingSaaS.Approvals.IApprovalOutcomeHandler, MarketingEventApprovalOutcomeHandler>();
        services.AddEventsExecution();
        services.AddEventsPlan();
    }
}

using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Metrics;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Events.Search;
using MarketingSaaS.Events.Settings;
using MarketingSaaS.Events.TextTemplates;
using MarketingSaaS.Framework;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Metrics;
using MarketingSaaS.Framework.Search;
using MarketingSaaS.Framework.TextTemplating;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events;

/// <summary>The Events module's domain: definitions, resources and domain services. Uses the platform's contracts.</summary>
[DependsOn(typeof(MarketingSaaSDomainModule))]
public sealed class EventsDomainModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddLocalizationResource(typeof(EventsDomainModule).Assembly);
        services.AddFeatureDefinitions<EventsFeatureDefinitionProvider>();
        services.AddPermissionDefinitions<EventsPermissionDefinitionProvider>();
        services.AddSettingDefinitions<EventsSettingDefinitionProvider>();
        services.AddTemplateDefinitions<EventsTemplateDefinitionProvider>();
        services.AddBusinessTypeDefinitions<EventsApprovalBusinessTypeDefinitionProvider>();
        services.Configure<MarketingSaaS.Permissions.DefaultRoleGrantOptions>(EventsDefaultRoleGrants.Configure);
        services.AddScoped<MarketingEventManager>();
        services.AddScoped<MarketingEventApprovals>();
        services.AddScoped<RegistrationManager>();
        services.AddBackgroundJob<SendRegistrationEmailJob, SendRegistrationEmailArgs>(SendRegistrationEmailJob.Name);
        services.AddScoped<MarketingSaaS.Approvals.IApprovalOutcomeHandler, MarketingEventApprovalOutcomeHandler>();
        services.AddEventsExecution();
        services.AddEventsPlan();
        services.AddMetricProvider<EventsMetricProvider>();
        services.AddSearchProvider<MarketingEventSearchProvider>();
    }
}

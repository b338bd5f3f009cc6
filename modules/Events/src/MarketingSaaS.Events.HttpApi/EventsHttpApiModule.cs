using MarketingSaaS.Events.CheckIns;
using MarketingSaaS.Events.EntityFrameworkCore;
using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.Expenses;
using MarketingSaaS.Events.Figures;
using MarketingSaaS.Events.Leads;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Events.Reviews;
using MarketingSaaS.Framework.AspNetCore;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Modularity;
using MarketingSaaS.Framework.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events;

/// <summary>
/// The module's entry point (the main assembly of the plug-in folder): depends on every layer of the module,
/// so composing this one class brings the whole module. Every endpoint sits in the /api/events group, which
/// requires the module switch.
/// </summary>
[DependsOn(typeof(EventsApplicationModule), typeof(EventsEntityFrameworkCoreModule), typeof(FrameworkAspNetCoreModule))]
public sealed class EventsHttpApiModule : MarketingModule, IEndpointModule
{
    public const string RoutePrefix = "/api/events";

    public override void ConfigureServices(ServiceConfigurationContext context) =>
        context.Services.AddPublicRegistrationRateLimit(context.Configuration);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(RoutePrefix).WithTags(EventsFeatures.ModuleName);
        group.RequireFeature(EventsFeatures.Enable);
        group.MapMarketingEventsApi();
        group.MapEventExpensesApi().MapEventReviewApi().MapEventFiguresApi().MapEventTemplatesApi();
        group.MapEventPlanApi();
        group.MapEventRegistrationsApi().MapCheckInsApi().MapLeadsApi();
        endpoints.MapPublicRegistrationApi();
    }
}

using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.EntityFrameworkCore.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.EntityFrameworkCore;

/// <summary>The Events entities the audit log names by their own name.</summary>
internal static class EventsEntityNameSources
{
    public static IServiceCollection AddEventsEntityNameSources(this IServiceCollection services) => services
        .AddEntityNameSource<EventsDbContext, MarketingEvent>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name)))
        .AddEntityNameSource<EventsDbContext, EventTemplate>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name)));
}

using MarketingSaaS.Framework.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events.Leads;

public static class LeadEndpoints
{
    public static RouteGroupBuilder MapLeadsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/{eventId:guid}/leads", async (Guid eventId, IEventLeadAppService leads, CancellationToken ct) =>
                TypedResults.Ok(await leads.GetListAsync(eventId, ct)))
            .RequirePermission(EventsPermissions.Registrations.Default);
        group.MapPut("/{eventId:guid}/registrations/{id:guid}/lead", async (Guid eventId, Guid id, SetLeadDto input, IEventLeadAppService leads, CancellationToken ct) =>
                TypedResults.Ok(await leads.SetLeadAsync(eventId, id, input, ct)))
            .RequirePermission(EventsPermissions.Registrations.Manage);
        return group;
    }
}

using MarketingSaaS.Framework.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Events.Reviews;

public static class EventReviewEndpoints
{
    /// <summary>The event's review (/api/events/{id}/review): read it, or write it (create or update).</summary>
    public static RouteGroupBuilder MapEventReviewApi(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/review", async (Guid id, IEventReviewAppService reviews, CancellationToken ct) => TypedResults.Ok(await reviews.GetAsync(id, ct)))
            .RequirePermission(EventsPermissions.MarketingEvents.Default);
        group.MapPut("/{id:guid}/review", async (Guid id, SaveEventReviewDto input, IEventReviewAppService reviews, CancellationToken ct) =>
                TypedResults.Ok(await reviews.SaveAsync(id, input, ct)))
            .RequirePermission(EventsPermissions.MarketingEvents.Manage);
        return group;
    }
}

using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Membership.Points;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Membership.Members;

public static class PointsEndpoints
{
    /// <summary>A member's points statement and redemptions (/api/membership/members/{memberId}/points).</summary>
    public static RouteGroupBuilder MapPointsApi(this RouteGroupBuilder group)
    {
        var points = group.MapGroup(MemberEndpoints.RouteSegment + "/{memberId:guid}/points");
        points.MapGet("/", async (Guid memberId, IPointsAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetStatementAsync(memberId, ct)))
            .RequirePermission(MembershipPermissions.Points.Default);
        points.MapPost("/redemptions", async (Guid memberId, RedeemPointsDto input, IPointsAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.RedeemAsync(memberId, input, ct)))
            .RequirePermission(MembershipPermissions.Points.Redeem);
        return group;
    }
}

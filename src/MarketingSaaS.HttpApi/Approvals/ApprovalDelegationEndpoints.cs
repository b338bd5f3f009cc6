using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Approvals;

/// <summary>
/// Delegations of approvals. Every approver may delegate (approvers need no role), so the endpoints only require
/// being signed in; managing others' delegations (and view=all) needs Approvals.Delegations, checked by the service.
/// </summary>
public static class ApprovalDelegationEndpoints
{
    public static IEndpointRouteBuilder MapApprovalDelegationsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/approvals/delegations").WithTags("ApprovalDelegations");

        group.MapGet("/", async (IApprovalDelegationAppService delegations, CancellationToken ct, string? view = null) =>
                TypedResults.Ok(await delegations.GetListAsync(InputValidator.Validated(new GetApprovalDelegationListInput { View = view }), ct)))
            .RequireSignedIn();
        group.MapGet("/{id:guid}", async (Guid id, IApprovalDelegationAppService delegations, CancellationToken ct) => TypedResults.Ok(await delegations.GetAsync(id, ct)))
            .RequireSignedIn();
        group.MapPost("/", async (CreateApprovalDelegationDto input, IApprovalDelegationAppService delegations, CancellationToken ct) =>
            {
                var delegation = await delegations.CreateAsync(input, ct);
                return TypedResults.Created($"/api/approvals/delegations/{delegation.Id}", delegation);
            })
            .RequireSignedIn();
        group.MapPut("/{id:guid}", async (Guid id, UpdateApprovalDelegationDto input, IApprovalDelegationAppService delegations, CancellationToken ct) =>
                TypedResults.Ok(await delegations.UpdateAsync(id, input, ct)))
            .RequireSignedIn();
        group.MapPost("/{id:guid}/revoke", async (Guid id, IApprovalDelegationAppService delegations, CancellationToken ct) =>
                TypedResults.Ok(await delegations.RevokeAsync(id, ct)))
            .RequireSignedIn();
        return endpoints;
    }
}

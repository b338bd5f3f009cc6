using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Approvals;

public static class ApprovalPolicyEndpoints
{
    public static IEndpointRouteBuilder MapApprovalPoliciesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/approvals/policies").WithTags("ApprovalPolicies");
        const string read = MarketingSaaSPermissions.ApprovalPolicies.Default;
        const string manage = MarketingSaaSPermissions.ApprovalPolicies.Manage;

        group.MapGet("/", async (IApprovalPolicyAppService policies, CancellationToken ct) => TypedResults.Ok(await policies.GetListAsync(ct)))
            .RequirePermission(read);
        group.MapGet("/{id:guid}", async (Guid id, IApprovalPolicyAppService policies, CancellationToken ct) => TypedResults.Ok(await policies.GetAsync(id, ct)))
            .RequirePermission(read);
        group.MapPost("/", Create).RequirePermission(manage);
        group.MapPut("/{id:guid}", async (Guid id, UpdateApprovalPolicyDto input, IApprovalPolicyAppService policies, CancellationToken ct) =>
                TypedResults.Ok(await policies.UpdateAsync(id, input, ct)))
            .RequirePermission(manage);
        group.MapDelete("/{id:guid}", async (Guid id, IApprovalPolicyAppService policies, CancellationToken ct) =>
            {
                await policies.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(manage);
        group.MapPost("/import-default", async (IApprovalPolicyAppService policies, CancellationToken ct) => TypedResults.Ok(await policies.ImportDefaultAsync(ct)))
            .RequirePermission(manage);
        group.MapGet("/cycle-times", async (IApprovalCycleTimeAppService cycleTimes, CancellationToken ct, int days = 90) =>
                TypedResults.Ok(await cycleTimes.GetListAsync(days, ct)))
            .RequirePermission(read);
        group.MapPost("/simulate", async (SimulateApprovalRouteDto input, IApprovalPolicyAppService policies, CancellationToken ct) =>
                TypedResults.Ok(await policies.SimulateAsync(input, ct)))
            .RequirePermission(read);
        return endpoints;
    }

    private static async Task<Created<ApprovalPolicyDto>> Create(CreateApprovalPolicyDto input, IApprovalPolicyAppService policies, CancellationToken ct)
    {
        var policy = await policies.CreateAsync(input, ct);
        return TypedResults.Created($"/api/approvals/policies/{policy.Id}", policy);
    }
}

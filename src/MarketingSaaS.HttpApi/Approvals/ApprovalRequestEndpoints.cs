using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.ExceptionHandling;
using MarketingSaaS.Framework.AspNetCore.Uow;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Approvals;

/// <summary>"My approvals". Submitting needs Approvals.Requests; reading and deciding only being involved in the request.</summary>
public static class ApprovalRequestEndpoints
{
    public static IEndpointRouteBuilder MapApprovalRequestsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/approvals/requests").WithTags("ApprovalRequests");
        const string submit = MarketingSaaSPermissions.ApprovalRequests.Default;

        group.MapPost("/", Submit).RequirePermission(submit);
        group.MapGet("/", GetList).RequireSignedIn();
        group.MapPost("/route-preview", async (SimulateApprovalRouteDto input, IApprovalPolicyAppService policies, CancellationToken ct) =>
                TypedResults.Ok(await policies.PreviewOwnRouteAsync(input, ct)))
            .RequirePermission(submit);
        group.MapGet("/{id:guid}", async (Guid id, IApprovalRequestAppService requests, CancellationToken ct) => TypedResults.Ok(await requests.GetAsync(id, ct)))
            .RequireSignedIn();
        group.MapPost("/{id:guid}/resubmit", async (Guid id, ReviseApprovalRequestDto input, IApprovalRequestAppService requests, CancellationToken ct) =>
                TypedResults.Ok(await requests.ResubmitAsync(id, input, ct)))
            .RequirePermission(submit);
        group.MapPost("/{id:guid}/withdraw", async (Guid id, ApprovalActionDto input, IApprovalRequestAppService requests, CancellationToken ct) =>
                TypedResults.Ok(await requests.WithdrawAsync(id, input, ct)))
            .RequirePermission(submit);
        group.MapPost("/{id:guid}/remind", async (Guid id, IApprovalRequestAppService requests, CancellationToken ct) =>
                TypedResults.Ok(await requests.RemindAsync(id, ct)))
            .RequirePermission(submit);
        group.MapPost("/{id:guid}/amount", async (Guid id, ChangeApprovalAmountDto input, IApprovalRequestAppService requests, CancellationToken ct) =>
                TypedResults.Ok(await requests.ChangeAmountAsync(id, input, ct)))
            .RequirePermission(submit);
        group.MapPost("/bulk-approve", async (BulkApproveDto input, IServiceScopeFactory scopes, ErrorTextFormatter texts, CancellationToken ct) =>
                TypedResults.Ok(await ApprovalBulkApproval.ApproveAsync(InputValidator.Validated(input), scopes, texts, ct)))
            .RequireSignedIn()
            .WithoutRequestTransaction();
        MapDecision(group, "approve", ApprovalDecisionType.Approved);
        MapDecision(group, "reject", ApprovalDecisionType.Rejected);
        MapDecision(group, "return", ApprovalDecisionType.Returned);
        return endpoints;
    }

    private static void MapDecision(RouteGroupBuilder group, string action, ApprovalDecisionType decision) =>
        group.MapPost($"/{{id:guid}}/{action}", async (Guid id, ApprovalActionDto input, IApprovalRequestAppService requests, CancellationToken ct) =>
                TypedResults.Ok(await requests.DecideAsync(id, decision, input, ct)))
            .RequireSignedIn();

    private static async Task<Ok<PagedResultDto<ApprovalRequestDto>>> GetList(
        IApprovalRequestAppService requests,
        CancellationToken ct,
        string? view = null,
        int skipCount = 0,
        int maxResultCount = 20) =>
        TypedResults.Ok(await requests.GetListAsync(InputValidator.Validated(new GetApprovalRequestListInput { View = view, SkipCount = skipCount, MaxResultCount = maxResultCount }), ct));

    private static async Task<Created<ApprovalRequestDetailsDto>> Submit(SubmitApprovalRequestDto input, IApprovalRequestAppService requests, CancellationToken ct)
    {
        var request = await requests.SubmitAsync(input, ct);
        return TypedResults.Created($"/api/approvals/requests/{request.Request.Id}", request);
    }
}

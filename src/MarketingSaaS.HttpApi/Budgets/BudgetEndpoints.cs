using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Budgets;

public static class BudgetEndpoints
{
    public static IEndpointRouteBuilder MapBudgetsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/budgets").WithTags("Budgets");
        const string read = MarketingSaaSPermissions.Budgets.Default;
        const string manage = MarketingSaaSPermissions.Budgets.Manage;

        group.MapGet("/", async ([AsParameters] GetBudgetListInput input, IBudgetAppService budgets, CancellationToken ct) => TypedResults.Ok(await budgets.GetListAsync(input, ct)))
            .RequirePermission(read);
        group.MapGet("/summary", async ([AsParameters] GetBudgetSummaryInput input, IBudgetAppService budgets, CancellationToken ct) => TypedResults.Ok(await budgets.GetSummaryAsync(input, ct)))
            .RequirePermission(read);
        group.MapGet("/{id:guid}", async (Guid id, IBudgetAppService budgets, CancellationToken ct) => TypedResults.Ok(await budgets.GetAsync(id, ct)))
            .RequirePermission(read);
        group.MapGet("/{id:guid}/figures", async (Guid id, IBudgetAppService budgets, CancellationToken ct) => TypedResults.Ok(await budgets.GetFiguresAsync(id, ct)))
            .RequirePermission(read);
        group.MapGet("/{id:guid}/commitments", async (Guid id, IBudgetAppService budgets, CancellationToken ct) => TypedResults.Ok(await budgets.GetCommitmentsAsync(id, ct)))
            .RequirePermission(read);
        group.MapGet("/{id:guid}/expenses", async (Guid id, IBudgetAppService budgets, CancellationToken ct) => TypedResults.Ok(await budgets.GetExpensesAsync(id, ct)))
            .RequirePermission(read);
        group.MapGet("/{id:guid}/warnings", async (Guid id, IBudgetAppService budgets, CancellationToken ct) => TypedResults.Ok(await budgets.GetWarningsAsync(id, ct)))
            .RequirePermission(read);
        group.MapPost("/check", async (CheckBudgetDto input, IBudgetAppService budgets, CancellationToken ct) => TypedResults.Ok(await budgets.CheckAsync(input, ct)))
            .RequirePermission(read);
        group.MapPost("/", Create).RequirePermission(manage);
        group.MapPut("/{id:guid}", async (Guid id, UpdateBudgetDto input, IBudgetAppService budgets, CancellationToken ct) => TypedResults.Ok(await budgets.UpdateAsync(id, input, ct)))
            .RequirePermission(manage);
        group.MapDelete("/{id:guid}", async (Guid id, IBudgetAppService budgets, CancellationToken ct) =>
            {
                await budgets.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(manage);

        group.MapPost("/commitments", async (CreateBudgetCommitmentDto input, IBudgetCommitmentAppService commitments, CancellationToken ct) =>
                TypedResults.Ok(await commitments.CommitAsync(input, ct)))
            .RequirePermission(manage);
        group.MapPost("/commitments/{id:guid}/release", async (Guid id, IBudgetCommitmentAppService commitments, CancellationToken ct) =>
                TypedResults.Ok(await commitments.ReleaseAsync(id, ct)))
            .RequirePermission(manage);
        group.MapPost("/expenses", RecordExpenseAsync)
            .RequirePermission(MarketingSaaSPermissions.Expenses.Default);
        return endpoints;
    }

    private static async Task<Created<BudgetDto>> Create(CreateBudgetDto input, IBudgetAppService budgets, CancellationToken ct)
    {
        var budget = await budgets.CreateAsync(input, ct);
        return TypedResults.Created($"/api/budgets/{budget.Id}", budget);
    }

    /// <summary>200 with the expense; 202 with the approval request when it is over budget under the ExtraApproval policy.</summary>
    private static async Task<Results<Ok<ExpenseDto>, Accepted<ExpenseApprovalDto>>> RecordExpenseAsync(
        CreateExpenseDto input, IBudgetCommitmentAppService commitments, CancellationToken ct)
    {
        var result = await commitments.RecordExpenseAsync(input, ct);
        return result.Approval is { } approval
            ? TypedResults.Accepted($"/api/approvals/requests/{approval.ApprovalRequestId}", approval)
            : TypedResults.Ok(result.Expense!);
    }
}

using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Budgets;

/// <summary>
/// Checks the budget of a request that names a budget category when it is submitted: no budget for the unit and
/// fiscal year or another currency → 422; over budget → 422 Budgets:BudgetExceeded under the Block policy, an extra
/// final stage (<see cref="OverBudgetApprovalStage"/>) under ExtraApproval. Pending requests do not reserve money:
/// only approved ones commit it.
/// </summary>
public sealed class BudgetApprovalSubmissionHandler(
    BudgetManager budgets,
    OverBudgetApprovalStage extraStage,
    IOrgChartSnapshotReader orgChart,
    TimeProvider clock) : IApprovalSubmissionHandler
{
    public async Task<ResolvedRoute> OnSubmittingAsync(ApprovalRequest request, ResolvedRoute route, CancellationToken cancellationToken)
    {
        if (request.BudgetCategory is not { } category)
        {
            return route;
        }

        if (!Enum.IsDefined(category))
        {
            throw new FieldValidationException("budgetCategory", BudgetErrorCodes.InvalidCategory);
        }

        var chart = await orgChart.ReadAsync(cancellationToken);
        var unitId = request.BudgetUnitId ?? request.RequesterUnitId ?? chart.UnitOfUser(request.RequesterUserId)
            ?? throw new FieldValidationException("budgetUnitId", BudgetErrorCodes.NoBudgetUnit);
        var check = await budgets.CheckAsync(unitId, category, clock.GetUtcNow(), request.Amount, cancellationToken);
        if (!string.Equals(check.Currency, request.Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessException(BudgetErrorCodes.CurrencyMismatch, new Dictionary<string, object?> { ["currency"] = request.Currency, ["budgetCurrency"] = check.Currency });
        }

        var over = check.Level == BudgetWarningLevel.Over;
        if (over && await budgets.GetOverBudgetPolicyAsync(cancellationToken) == OverBudgetPolicy.Block)
        {
            throw new BudgetExceededException(check.Remaining, check.Currency);
        }

        request.SetBudgetCheck(unitId, needsExtraApproval: over);
        return over
            ? route with { Stages = [.. route.Stages, await extraStage.ResolveAsync(request, unitId, chart, route.Stages.Count + 1, cancellationToken)] }
            : route;
    }
}

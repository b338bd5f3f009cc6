using MarketingSaaS.Budgets;
using MarketingSaaS.OrganizationUnits;

namespace MarketingSaaS.Approvals;

/// <summary>
/// Reads a request's budget effect from the budget ledger. "Before" leaves out the commitment the request itself made
/// when it was approved, so before and after read the same before and after the decision.
/// </summary>
public sealed class ApprovalBudgetEffects(BudgetManager budgets, IOrganizationUnitRepository units)
{
    public async Task<ApprovalBudgetEffectDto?> GetAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        if (request is not { BudgetCategory: { } category, BudgetUnitId: { } unitId })
        {
            return null;
        }

        var unitName = (await units.FindAsync(unitId, cancellationToken))?.DisplayName ?? "";
        var found = await budgets.FindCategoryFiguresAsync(unitId, category, request.SubmissionTime, BudgetSourceReferences.ForApprovalRequest(request.Id), cancellationToken);
        if (found is not { } ledger || ledger.Figures.Periods.Count == 0)
        {
            var year = found?.FiscalYear ?? (await budgets.ResolveFiscalDateAsync(request.SubmissionTime, cancellationToken)).FiscalYear;
            return new ApprovalBudgetEffectDto(unitId, unitName, category, year, false, found?.Budget.Currency, null, null, null);
        }

        var before = ledger.Figures.Total.Remaining;
        return new ApprovalBudgetEffectDto(unitId, unitName, category, ledger.FiscalYear, true, ledger.Budget.Currency, ledger.Figures.Total.Planned, before, before - request.Amount);
    }
}

using MarketingSaaS.Approvals;
using MarketingSaaS.Approvals.BusinessTypes;
using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Budgets;

/// <summary>
/// Under the ExtraApproval policy an expense over budget becomes an approval request instead of an expense: business
/// type <c>Expense</c>, subject <c>Budgets</c> / <c>expense:{id}</c>, the expense's amount, currency, unit and category
/// as its budget. The budget submission handler adds the extra over-budget stage; once approved, the amount is
/// committed (<c>approvals:{requestId}</c>, overspend approved) and the expense is recorded against that commitment.
/// </summary>
public sealed class ExpenseOverrunApprovals(ApprovalRequestManager approvals)
{
    public const string SubjectModule = "Budgets";

    public Task<ApprovalRequest> SubmitAsync(ExpenseRequest expense, Guid requesterUserId, CancellationToken cancellationToken = default)
    {
        var title = expense.Description.Trim();
        var draft = new ApprovalRequestDraft(
            ApprovalBusinessTypes.Expense,
            new ApprovalSubject(SubjectModule, $"expense:{SequentialGuid.Create():N}"),
            title.Length <= ApprovalRequestConsts.MaxTitleLength ? title : title[..ApprovalRequestConsts.MaxTitleLength],
            expense.Amount,
            expense.Currency.Trim().ToUpperInvariant(),
            RiskTier.Tactical,
            false,
            null)
        {
            Budget = new ApprovalBudgetContext(expense.OrganizationUnitId, expense.Category),
        };
        return approvals.SubmitAsync(draft, requesterUserId, cancellationToken);
    }
}

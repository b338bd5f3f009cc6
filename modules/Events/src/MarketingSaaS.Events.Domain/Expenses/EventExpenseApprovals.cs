using MarketingSaaS.Approvals;
using MarketingSaaS.Approvals.BusinessTypes;
using MarketingSaaS.Budgets;
using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.Expenses;

/// <summary>
/// A cost over budget under the company's ExtraApproval policy: submitted to the platform's approval engine as business
/// type Expense (the platform's expense policies route it; the budget check adds the over-budget stage), subject
/// Events / expense:&lt;id&gt;, the cost's whole amount, spending from the event's commitment's unit and category.
/// Outcomes come back through <see cref="EventExpenseApprovalOutcomeHandler"/>.
/// </summary>
public sealed class EventExpenseApprovals(IApprovalRequestService requests)
{
    private const int MaxTitleLength = 256;

    public async Task SubmitAsync(MarketingEvent marketingEvent, EventBudgetLine line, EventExpense expense, BudgetCommitmentSummary commitment, Guid requesterUserId, CancellationToken cancellationToken = default)
    {
        var title = DescriptionOf(marketingEvent, line);
        var draft = new ApprovalRequestDraft(
            PlatformApprovalBusinessTypes.Expense,
            new ApprovalSubject(MarketingEventConsts.ApprovalSubjectModule, EventExpenseConsts.ApprovalSubjectPrefix + expense.Id),
            title.Length <= MaxTitleLength ? title : title[..MaxTitleLength],
            expense.Amount,
            expense.Currency,
            marketingEvent.RiskTier,
            marketingEvent.IsSpecial,
            marketingEvent.OwnerUnitId)
        {
            Budget = new ApprovalBudgetContext(commitment.OrganizationUnitId, commitment.Category),
        };
        var request = await requests.SubmitAsync(draft, requesterUserId, cancellationToken);
        expense.MarkPendingApproval(request.Id);
    }

    /// <summary>The expense id of an approval subject id of this kind; null for other subjects of the module (events).</summary>
    public static Guid? ExpenseIdOf(string subjectId) =>
        subjectId.StartsWith(EventExpenseConsts.ApprovalSubjectPrefix, StringComparison.Ordinal)
        && Guid.TryParse(subjectId.AsSpan(EventExpenseConsts.ApprovalSubjectPrefix.Length), out var id)
            ? id
            : null;

    /// <summary>How the cost is described in the platform budget and as the approval request's title.</summary>
    public static string DescriptionOf(MarketingEvent marketingEvent, EventBudgetLine line) => $"{marketingEvent.Name}: {line.Category}";
}

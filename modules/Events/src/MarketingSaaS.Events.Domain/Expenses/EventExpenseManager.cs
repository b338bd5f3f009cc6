using MarketingSaaS.Budgets;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Events.Expenses;

/// <summary>
/// Records actual costs of an approved, running or completed event against its budget lines. When the event's
/// approval committed budget (an open commitment "approvals:&lt;requestId&gt;"), the cost is also recorded in the
/// platform budget against that commitment, so the budget's actuals follow the event.
/// </summary>
public sealed class EventExpenseManager(IRepository<BudgetCommitment, Guid> commitments, BudgetManager budgets)
{
    public async Task<EventExpense> CreateAsync(MarketingEvent marketingEvent, EventExpenseDraft draft, CancellationToken cancellationToken = default)
    {
        EnsureOpen(marketingEvent);
        var line = marketingEvent.BudgetLines.FirstOrDefault(l => l.Id == draft.BudgetLineId)
            ?? throw new FieldValidationException("budgetLineId", EventExpenseErrorCodes.UnknownBudgetLine);
        if (draft.Amount <= 0 || decimal.Round(draft.Amount, 2) != draft.Amount)
        {
            throw new FieldValidationException("amount", EventExpenseErrorCodes.InvalidExpenseAmount);
        }

        var currency = draft.Currency.Trim().ToUpperInvariant();
        if (currency != line.Currency)
        {
            throw new FieldValidationException("currency", EventExpenseErrorCodes.ExpenseCurrencyMismatch);
        }

        var note = string.IsNullOrWhiteSpace(draft.Note) ? null : draft.Note.Trim();
        var budgetExpenseId = await RecordInBudgetAsync(marketingEvent, line, draft with { Currency = currency }, cancellationToken);
        return new EventExpense(SequentialGuid.Create(), marketingEvent.Id, line.Id, draft.Amount, currency, draft.SpentOn.ToUniversalTime(), note, budgetExpenseId);
    }

    public static void ChangeNote(MarketingEvent marketingEvent, EventExpense expense, string? note)
    {
        EnsureOpen(marketingEvent);
        expense.ChangeNote(string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    /// <summary>Costs already in the platform budget stay: the budget has no reversal of an expense.</summary>
    public static void EnsureDeletable(MarketingEvent marketingEvent, EventExpense expense)
    {
        EnsureOpen(marketingEvent);
        if (expense.BudgetExpenseId is not null)
        {
            throw new BusinessException(EventExpenseErrorCodes.ExpenseRecordedInBudget);
        }
    }

    public static void EnsureOpen(MarketingEvent marketingEvent)
    {
        if (marketingEvent.Status is not (MarketingEventStatus.Approved or MarketingEventStatus.InExecution or MarketingEventStatus.Completed))
        {
            throw new BusinessException(EventExpenseErrorCodes.ExpensesNotOpen, new Dictionary<string, object?> { ["status"] = marketingEvent.Status });
        }
    }

    private async Task<Guid?> RecordInBudgetAsync(MarketingEvent marketingEvent, EventBudgetLine line, EventExpenseDraft draft, CancellationToken cancellationToken)
    {
        if (marketingEvent.ApprovalRequestId is not { } requestId)
        {
            return null;
        }

        var source = BudgetSourceReferences.ForApprovalRequest(requestId);
        var commitment = (await commitments.GetListAsync(c => c.SourceReference == source && c.Status == BudgetCommitmentStatus.Open, cancellationToken)).FirstOrDefault();
        if (commitment is null)
        {
            return null;
        }

        var expense = await budgets.RecordExpenseAsync(
            new ExpenseRequest(commitment.OrganizationUnitId, commitment.Category, draft.SpentOn, draft.Amount, draft.Currency, $"{marketingEvent.Name}: {line.Category}", commitment.Id),
            cancellationToken);
        return expense.Id;
    }
}

using MarketingSaaS.Budgets;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Events.Expenses;

/// <summary>
/// Records actual costs of an approved, running or completed event against its budget lines. When the event's
/// approval committed budget (the ledger's open commitment of that approval), the cost is also recorded in the
/// platform budget against that commitment, so the budget's actuals follow the event. A cost that would go over
/// budget follows the company's policy: Block → 422 Budgets:BudgetExceeded (nothing stored); ExtraApproval → the
/// cost is stored pending and submitted for approval (<see cref="EventExpenseApprovals"/>).
/// </summary>
public sealed class EventExpenseManager(IBudgetLedger budgets, EventExpenseApprovals approvals)
{
    public async Task<EventExpense> CreateAsync(MarketingEvent marketingEvent, EventExpenseDraft draft, Guid userId, CancellationToken cancellationToken = default)
    {
        EnsureOpen(marketingEvent);
        var line = marketingEvent.BudgetLines.FirstOrDefault(l => l.Id == draft.BudgetLineId)
            ?? throw new FieldValidationException("budgetLineId", EventExpenseErrorCodes.UnknownBudgetLine);
        CheckAmount(draft.Amount, line.Currency);

        var currency = draft.Currency.Trim().ToUpperInvariant();
        if (currency != line.Currency)
        {
            throw new FieldValidationException("currency", EventExpenseErrorCodes.ExpenseCurrencyMismatch);
        }

        var note = string.IsNullOrWhiteSpace(draft.Note) ? null : draft.Note.Trim();
        var expense = new EventExpense(SequentialGuid.Create(), marketingEvent.Id, line.Id, draft.Amount, currency, draft.SpentOn.ToUniversalTime(), note, null);
        await RecordInBudgetAsync(marketingEvent, line, expense, userId, cancellationToken);
        return expense;
    }

    /// <summary>
    /// Corrects the note and, when given, the amount. A cost recorded in the platform budget is corrected there in the
    /// same unit of work (its actuals and the commitment's settled amount follow), so both never disagree.
    /// </summary>
    public async Task ChangeAsync(MarketingEvent marketingEvent, EventExpense expense, decimal? amount, string? note, CancellationToken cancellationToken = default)
    {
        EnsureOpen(marketingEvent);
        EnsureNotPending(expense);
        if (expense.Status == EventExpenseStatus.Rejected)
        {
            throw new BusinessException(EventExpenseErrorCodes.ExpenseRejected);
        }

        if (amount is { } newAmount && newAmount != expense.Amount)
        {
            CheckAmount(newAmount, expense.Currency);
            if (expense.BudgetExpenseId is { } budgetExpenseId)
            {
                await budgets.ChangeActualAmountAsync(budgetExpenseId, newAmount, cancellationToken);
            }

            expense.ChangeAmount(newAmount);
        }

        expense.ChangeNote(string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    /// <summary>
    /// A cost entered by mistake goes; when it is in the platform budget, it leaves the budget's actuals too. A rejected
    /// cost may go; one waiting for its approval may not (its request is decided or withdrawn first).
    /// </summary>
    public async Task DeleteAsync(MarketingEvent marketingEvent, EventExpense expense, CancellationToken cancellationToken = default)
    {
        EnsureOpen(marketingEvent);
        EnsureNotPending(expense);
        if (expense.BudgetExpenseId is { } budgetExpenseId)
        {
            await budgets.DeleteActualAsync(budgetExpenseId, cancellationToken);
        }
    }

    public static void EnsureOpen(MarketingEvent marketingEvent)
    {
        if (marketingEvent.Status is not (MarketingEventStatus.Approved or MarketingEventStatus.InExecution or MarketingEventStatus.Completed))
        {
            throw new BusinessException(EventExpenseErrorCodes.ExpensesNotOpen, new Dictionary<string, object?> { ["status"] = marketingEvent.Status });
        }
    }

    private static void CheckAmount(decimal amount, string currency)
    {
        if (amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            throw new FieldValidationException("amount", EventExpenseErrorCodes.InvalidExpenseAmount);
        }

        MoneyAmounts.Ensure("amount", amount, currency);
    }

    private static void EnsureNotPending(EventExpense expense)
    {
        if (expense.Status == EventExpenseStatus.PendingApproval)
        {
            throw new BusinessException(EventExpenseErrorCodes.ExpenseAwaitingApproval);
        }
    }

    /// <summary>Into the budget against the event's commitment; over budget under ExtraApproval, to an approval instead.</summary>
    private async Task RecordInBudgetAsync(MarketingEvent marketingEvent, EventBudgetLine line, EventExpense expense, Guid userId, CancellationToken cancellationToken)
    {
        if (marketingEvent.ApprovalRequestId is not { } requestId
            || await budgets.FindOpenCommitmentForApprovalAsync(requestId, cancellationToken) is not { } commitment)
        {
            return;
        }

        var recorded = await budgets.TryRecordActualAsync(
            new BudgetActualDraft(commitment.OrganizationUnitId, commitment.Category, expense.SpentOn, expense.Amount, expense.Currency, EventExpenseApprovals.DescriptionOf(marketingEvent, line), commitment.Id),
            cancellationToken);
        if (recorded is { } budgetExpenseId)
        {
            expense.MarkRecorded(budgetExpenseId);
        }
        else
        {
            await approvals.SubmitAsync(marketingEvent, line, expense, commitment, userId, cancellationToken);
        }
    }
}

using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Expenses;

/// <summary>An actual cost of an event against one of its budget lines, with an optional receipt (a blob record).</summary>
public sealed class EventExpense : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private EventExpense() { }

    internal EventExpense(Guid id, Guid marketingEventId, Guid budgetLineId, decimal amount, string currency, DateTimeOffset spentOn, string? note, Guid? budgetExpenseId)
        : base(id)
    {
        MarketingEventId = marketingEventId;
        BudgetLineId = budgetLineId;
        Amount = amount;
        Currency = currency;
        SpentOn = spentOn;
        Note = note;
        BudgetExpenseId = budgetExpenseId;
    }

    public Guid TenantId { get; private set; }

    public Guid MarketingEventId { get; private set; }

    public Guid BudgetLineId { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public DateTimeOffset SpentOn { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The platform budget's expense row when the event's approval committed budget; corrections go there too.</summary>
    public Guid? BudgetExpenseId { get; private set; }

    /// <summary>Recorded unless the cost went over budget and waits for (or was refused) an approval.</summary>
    public EventExpenseStatus Status { get; private set; }

    /// <summary>The approval request of a cost over budget (business type Expense, subject Events / expense:&lt;id&gt;).</summary>
    public Guid? ApprovalRequestId { get; private set; }

    /// <summary>The receipt's blob record (owner type <see cref="EventExpenseConsts.ReceiptOwnerType"/>).</summary>
    public Guid? ReceiptFileId { get; private set; }

    internal void ChangeNote(string? note) => Note = note;

    internal void MarkPendingApproval(Guid approvalRequestId)
    {
        Status = EventExpenseStatus.PendingApproval;
        ApprovalRequestId = approvalRequestId;
    }

    /// <summary>The approval allowed the cost: it is now an actual cost (in the platform budget as <paramref name="budgetExpenseId"/>).</summary>
    internal void MarkRecorded(Guid budgetExpenseId)
    {
        Status = EventExpenseStatus.Recorded;
        BudgetExpenseId = budgetExpenseId;
    }

    internal void MarkRejected() => Status = EventExpenseStatus.Rejected;

    internal void ChangeAmount(decimal amount) => Amount = amount;

    /// <summary>The expense's receipt is now this blob record (an earlier one is deleted by the caller).</summary>
    public void AttachReceipt(Guid fileId) => ReceiptFileId = fileId;
}

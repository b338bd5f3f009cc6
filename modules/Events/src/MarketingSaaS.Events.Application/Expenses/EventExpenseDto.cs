namespace MarketingSaaS.Events.Expenses;

public sealed record EventExpenseDto(
    Guid Id,
    Guid MarketingEventId,
    Guid BudgetLineId,
    decimal Amount,
    string Currency,
    DateTimeOffset SpentOn,
    string? Note,
    bool RecordedInBudget,
    EventExpenseStatus Status,
    Guid? ApprovalRequestId,
    Guid? ReceiptFileId,
    DateTimeOffset CreationTime,
    Guid? CreatorId,
    string ConcurrencyStamp);

namespace MarketingSaaS.Budgets;

/// <summary>What recording an expense did: recorded it, or (over budget, ExtraApproval) submitted it for approval.</summary>
public sealed record ExpenseRecordingDto(ExpenseDto? Expense, ExpenseApprovalDto? Approval);

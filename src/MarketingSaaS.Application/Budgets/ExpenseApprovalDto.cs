namespace MarketingSaaS.Budgets;

/// <summary>An expense over budget under the ExtraApproval policy: not recorded, submitted for approval instead (202).</summary>
public sealed record ExpenseApprovalDto(Guid ApprovalRequestId, decimal Amount, string Currency);

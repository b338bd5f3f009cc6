namespace MarketingSaaS.Approvals;

/// <summary>What a module reads of an approval request it submitted.</summary>
public sealed record ApprovalRequestSummary(Guid Id, string BusinessType, ApprovalRequestStatus Status, decimal Amount, string Currency);

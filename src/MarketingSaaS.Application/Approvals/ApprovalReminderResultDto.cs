namespace MarketingSaaS.Approvals;

/// <summary>Who a requester's reminder (催办) went to.</summary>
public sealed record ApprovalReminderResultDto(IReadOnlyList<string> ApproverNames);

namespace MarketingSaaS.Approvals;

public sealed record ApprovalPolicyDto(Guid Id, ApprovalBusinessType BusinessType, string Name, IReadOnlyList<ApprovalRuleDto> Rules, string ConcurrencyStamp);

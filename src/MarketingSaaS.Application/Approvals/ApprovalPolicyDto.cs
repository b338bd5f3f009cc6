namespace MarketingSaaS.Approvals;

public sealed record ApprovalPolicyDto(Guid Id, string BusinessType, string Name, IReadOnlyList<ApprovalRuleDto> Rules, string ConcurrencyStamp);

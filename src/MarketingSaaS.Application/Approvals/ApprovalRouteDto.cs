namespace MarketingSaaS.Approvals;

public sealed record ApprovalRouteDto(Guid PolicyId, Guid RuleId, int RuleOrder, string RuleName, IReadOnlyList<ApprovalRouteStageDto> Stages);

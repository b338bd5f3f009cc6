namespace MarketingSaaS.Approvals;

public sealed record ApprovalRouteStageDto(ApprovalStageMode Mode, IReadOnlyList<ApprovalRouteApproverDto> Approvers);

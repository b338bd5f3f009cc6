namespace MarketingSaaS.Approvals;

public sealed record ApprovalRequestStageDto(int Index, ApprovalStageMode Mode, DateTimeOffset? CompletionTime, IReadOnlyList<ApprovalRequestApproverDto> Approvers);

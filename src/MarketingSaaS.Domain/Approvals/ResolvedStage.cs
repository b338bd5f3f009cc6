namespace MarketingSaaS.Approvals;

public sealed record ResolvedStage(ApprovalStageMode Mode, IReadOnlyList<ResolvedApprover> Approvers);

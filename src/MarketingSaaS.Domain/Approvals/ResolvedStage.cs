namespace MarketingSaaS.Approvals;

public sealed record ResolvedStage(ApprovalStageMode Mode, IReadOnlyList<ResolvedApprover> Approvers)
{
    /// <summary>Why the approvers differ from the ones the rule names (self-approval, vacant posts); empty otherwise.</summary>
    public IReadOnlyList<ApprovalRouteNote> Notes { get; init; } = [];
}

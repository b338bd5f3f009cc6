namespace MarketingSaaS.Approvals;

/// <summary>One stage of a route: its approvers decide together ("all") or the first one decides ("any").</summary>
public sealed class ApprovalStageSpec
{
    public ApprovalStageMode Mode { get; set; }

    public List<ApproverSpec> Approvers { get; set; } = [];
}

namespace MarketingSaaS.Approvals;

public sealed record ApprovalRequestStageDto(int Index, ApprovalStageMode Mode, DateTimeOffset? CompletionTime, IReadOnlyList<ApprovalRequestApproverDto> Approvers)
{
    /// <summary>When a return from a later stage restarted this stage; null otherwise.</summary>
    public DateTimeOffset? RestartedAt { get; init; }
}

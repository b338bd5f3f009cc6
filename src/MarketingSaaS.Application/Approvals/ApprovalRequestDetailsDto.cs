namespace MarketingSaaS.Approvals;

/// <summary>A request with its route snapshot and decision log.</summary>
public sealed record ApprovalRequestDetailsDto(
    ApprovalRequestDto Request,
    IReadOnlyList<ApprovalRequestStageDto> Stages,
    IReadOnlyList<ApprovalDecisionDto> Log)
{
    /// <summary>The budget line's remaining amount before and after this request; null when the request names no budget category.</summary>
    public ApprovalBudgetEffectDto? BudgetEffect { get; init; }
}

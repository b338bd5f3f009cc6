namespace MarketingSaaS.Approvals;

/// <summary>A request with its route snapshot and decision log.</summary>
public sealed record ApprovalRequestDetailsDto(
    ApprovalRequestDto Request,
    IReadOnlyList<ApprovalRequestStageDto> Stages,
    IReadOnlyList<ApprovalDecisionDto> Log);

namespace MarketingSaaS.Approvals;

/// <summary>A stage of a resolved route; <paramref name="Notes"/> explain approvers other than the ones the rule names.</summary>
public sealed record ApprovalRouteStageDto(ApprovalStageMode Mode, IReadOnlyList<ApprovalRouteApproverDto> Approvers, IReadOnlyList<ApprovalRouteNote> Notes);

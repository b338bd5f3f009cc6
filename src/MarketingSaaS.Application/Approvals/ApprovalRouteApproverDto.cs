namespace MarketingSaaS.Approvals;

public sealed record ApprovalRouteApproverDto(Guid UserId, string Name, Guid? PositionId, bool Escalated, string? PositionName = null);

namespace MarketingSaaS.Approvals;

public sealed record ApprovalRequestApproverDto(Guid UserId, string Name, Guid? PositionId, bool Escalated, ApproverState State, DateTimeOffset? DecisionTime);

namespace MarketingSaaS.Approvals;

/// <summary>An approver found in the org chart; Escalated when the intended post was vacant.</summary>
public sealed record ResolvedApprover(Guid UserId, Guid? PositionId, bool Escalated);

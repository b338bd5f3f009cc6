namespace MarketingSaaS.Approvals;

/// <summary>What a requester fills in; the route is computed from it.</summary>
public sealed record ApprovalRequestDraft(
    ApprovalBusinessType BusinessType,
    ApprovalSubject Subject,
    string Title,
    decimal Amount,
    string Currency,
    RiskTier RiskTier,
    bool IsSpecial,
    Guid? RequesterUnitId);

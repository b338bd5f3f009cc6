namespace MarketingSaaS.Approvals;

/// <summary>What a route is computed from. The requester's unit defaults to the unit of the requester's first position.</summary>
public sealed record ApprovalRouteRequest(
    string BusinessType,
    decimal Amount,
    string Currency,
    RiskTier RiskTier,
    bool IsSpecial,
    Guid RequesterUserId,
    Guid? RequesterUnitId);

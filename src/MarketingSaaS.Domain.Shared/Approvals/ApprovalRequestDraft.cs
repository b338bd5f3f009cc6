namespace MarketingSaaS.Approvals;

/// <summary>What a requester fills in; the route is computed from it.</summary>
public sealed record ApprovalRequestDraft(
    string BusinessType,
    ApprovalSubject Subject,
    string Title,
    decimal Amount,
    string Currency,
    RiskTier RiskTier,
    bool IsSpecial,
    Guid? RequesterUnitId)
{
    /// <summary>The budget the request's amount is taken from, if any; committed when the request is approved.</summary>
    public ApprovalBudgetContext? Budget { get; init; }

    /// <summary>What the approvers should know beyond the title: the reason for an expense, the purpose of a purchase.</summary>
    public string? Description { get; init; }
}

namespace MarketingSaaS.Approvals;

public enum ApprovalDecisionType
{
    Submitted = 0,
    Approved = 1,
    Rejected = 2,
    Returned = 3,
    Withdrawn = 4,

    /// <summary>The subject's amount changed; the route was computed again and earlier decisions no longer count.</summary>
    AmountChanged = 5,

    /// <summary>A slot approved without asking, because the same person approved an earlier stage (setting AskOnce).</summary>
    ApprovedAutomatically = 6,

    /// <summary>A stage waited past the escalation threshold; the line's user was added as an approver of it.</summary>
    Escalated = 7,

    /// <summary>A position's holder changed; the former holder's pending slot moved to the new holder (the line's user made the change).</summary>
    Reassigned = 8,
}

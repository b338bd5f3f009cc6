namespace MarketingSaaS.Approvals;

/// <summary>Where one approver of a stage stands.</summary>
public enum ApproverState
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Returned = 3,

    /// <summary>No longer asked: the stage or the request ended without this approver's decision.</summary>
    Skipped = 4,
}

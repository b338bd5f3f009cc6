namespace MarketingSaaS.Approvals;

public enum ApprovalRequestStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,

    /// <summary>Sent back to the requester for revision; the requester may resubmit it.</summary>
    Returned = 3,
    Withdrawn = 4,
}

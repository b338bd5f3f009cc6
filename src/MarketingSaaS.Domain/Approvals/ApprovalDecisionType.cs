namespace MarketingSaaS.Approvals;

public enum ApprovalDecisionType
{
    Submitted = 0,
    Approved = 1,
    Rejected = 2,
    Returned = 3,
    Withdrawn = 4,
}

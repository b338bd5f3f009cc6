namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>Draft → PendingApproval → Approved → InExecution → Completed → Closed; Rejected and Returned are editable again.</summary>
public enum MarketingEventStatus
{
    Draft = 0,
    PendingApproval = 1,
    Approved = 2,
    InExecution = 3,
    Completed = 4,
    Closed = 5,
    Rejected = 6,
    Returned = 7,
}

namespace MarketingSaaS.Approvals;

/// <summary>The "my approvals" lists.</summary>
public enum ApprovalRequestView
{
    /// <summary>Pending requests whose current stage waits for the user.</summary>
    WaitingForMe = 0,

    /// <summary>Requests the user approved, rejected or returned.</summary>
    DecidedByMe = 1,

    SubmittedByMe = 2,
}

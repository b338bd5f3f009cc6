namespace MarketingSaaS.Approvals;

public static class ApprovalSettings
{
    /// <summary>A <see cref="Approvals.SamePersonApproval"/> name.</summary>
    public const string SamePersonApproval = "Approvals.SamePersonApproval";

    /// <summary>Hours a stage may wait before its pending approvers are reminded once (a positive integer).</summary>
    public const string ReminderAfterHours = "Approvals.ReminderAfterHours";

    /// <summary>Hours a stage may wait before the head of the unit above the requester's is added to it (a positive integer).</summary>
    public const string EscalateAfterHours = "Approvals.EscalateAfterHours";

    /// <summary>The most delegations one chain may have (A→B→C is 2; a positive integer, default 5).</summary>
    public const string MaxDelegationChainLength = "Approvals.MaxDelegationChainLength";
}

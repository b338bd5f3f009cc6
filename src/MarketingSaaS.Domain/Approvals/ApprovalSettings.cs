namespace MarketingSaaS.Approvals;

public static class ApprovalSettings
{
    /// <summary>A <see cref="Approvals.SamePersonApproval"/> name.</summary>
    public const string SamePersonApproval = "Approvals.SamePersonApproval";
}

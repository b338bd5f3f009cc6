namespace MarketingSaaS.Approvals;

public static class ApprovalDelegationConsts
{
    public const int MaxReasonLength = 512;

    /// <summary>The default of <see cref="ApprovalSettings.MaxDelegationChainLength"/>.</summary>
    public const int DefaultMaxChainLength = 5;
}

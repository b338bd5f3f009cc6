namespace MarketingSaaS.Approvals;

/// <summary>Error codes of approval delegations and delegated decisions; also the localization keys of their messages.</summary>
public static class ApprovalDelegationErrorCodes
{
    public const string SelfDelegation = "MarketingSaaS:SelfApprovalDelegation";
    public const string InactiveDelegate = "MarketingSaaS:ApprovalDelegateNotActive";
    public const string UnknownDelegator = "MarketingSaaS:UnknownApprovalDelegator";
    public const string InvalidWindow = "MarketingSaaS:InvalidApprovalDelegationWindow";
    public const string WindowInPast = "MarketingSaaS:ApprovalDelegationWindowInPast";
    public const string Cycle = "MarketingSaaS:ApprovalDelegationCycle";
    public const string ChainTooLong = "MarketingSaaS:ApprovalDelegationChainTooLong";
    public const string AlreadyRevoked = "MarketingSaaS:ApprovalDelegationRevoked";
    public const string NotTheDelegator = "MarketingSaaS:NotTheApprovalDelegator";
    public const string NotADelegate = "MarketingSaaS:NotAnApprovalDelegate";
    public const string RequesterCannotDecide = "MarketingSaaS:RequesterCannotDecide";
}

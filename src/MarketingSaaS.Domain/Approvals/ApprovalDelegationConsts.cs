namespace MarketingSaaS.Approvals;

public static class ApprovalDelegationConsts
{
    public const int MaxReasonLength = 512;
}

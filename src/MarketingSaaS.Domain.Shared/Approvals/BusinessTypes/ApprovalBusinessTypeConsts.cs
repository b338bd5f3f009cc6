namespace MarketingSaaS.Approvals.BusinessTypes;

public static class ApprovalBusinessTypeConsts
{
    public const int MaxNameLength = 64;
}

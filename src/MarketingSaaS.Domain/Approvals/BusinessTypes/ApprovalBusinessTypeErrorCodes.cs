namespace MarketingSaaS.Approvals.BusinessTypes;

public static class ApprovalBusinessTypeErrorCodes
{
    public const string UnknownBusinessType = "MarketingSaaS:UnknownApprovalBusinessType";
}

namespace MarketingSaaS.Approvals;

public static class ApprovalRequestConsts
{
    public const int MaxTitleLength = 256;
    public const int MaxSubjectModuleLength = 64;
    public const int MaxSubjectIdLength = 128;
    public const int MaxCommentLength = 2000;
    public const int MaxDescriptionLength = 2000;
    public const int CurrencyLength = 3;
}

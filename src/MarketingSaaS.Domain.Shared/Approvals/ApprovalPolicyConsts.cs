namespace MarketingSaaS.Approvals;

public static class ApprovalPolicyConsts
{
    public const int MaxNameLength = 128;
    public const int MaxRules = 50;
    public const int MaxStages = 10;
    public const int MaxApproversPerStage = 20;
    public const decimal DefaultDirectorLimit = 50_000m;
}

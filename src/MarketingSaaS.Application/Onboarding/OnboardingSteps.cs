namespace MarketingSaaS.Onboarding;

/// <summary>The checklist's steps, in the order a new company takes them.</summary>
public static class OnboardingSteps
{
    public const string CompanyProfile = "companyProfile";
    public const string OrgChart = "orgChart";
    public const string People = "people";
    public const string ApprovalPolicies = "approvalPolicies";
    public const string Budgets = "budgets";
    public const string Modules = "modules";
}

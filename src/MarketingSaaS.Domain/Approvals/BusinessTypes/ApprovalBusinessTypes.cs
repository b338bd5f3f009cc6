namespace MarketingSaaS.Approvals.BusinessTypes;

/// <summary>
/// The platform's business types. Platform concepts carry plain names; a module's carry its prefix
/// (<c>Events.Event</c>). <see cref="ResearchPlan"/> belongs to the Research module, which does not exist yet:
/// the platform registers it under the module's name so existing requests keep working, and the module takes it over.
/// </summary>
public static class ApprovalBusinessTypes
{
    public const string PromotionMaterial = "PromotionMaterial";
    public const string Expense = PlatformApprovalBusinessTypes.Expense;
    public const string BudgetChange = "BudgetChange";
    public const string ProcessStep = "ProcessStep";
    public const string ResearchPlan = "Research.ResearchPlan";
}

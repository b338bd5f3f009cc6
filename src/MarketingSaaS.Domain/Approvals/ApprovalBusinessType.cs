namespace MarketingSaaS.Approvals;

/// <summary>What an approval request is about; each has at most one policy per company.</summary>
public enum ApprovalBusinessType
{
    Event = 0,
    ResearchPlan = 1,
    PromotionMaterial = 2,
    Expense = 3,
    BudgetChange = 4,
    ProcessStep = 5,
}

namespace MarketingSaaS.Approvals.BusinessTypes;

public sealed class MarketingSaaSApprovalBusinessTypeDefinitionProvider : ApprovalBusinessTypeDefinitionProvider
{
    public override void Define(ApprovalBusinessTypeDefinitionContext context)
    {
        context.Add(ApprovalBusinessTypes.ResearchPlan);
        context.Add(ApprovalBusinessTypes.PromotionMaterial);
        context.Add(ApprovalBusinessTypes.Expense);
        context.Add(ApprovalBusinessTypes.BudgetChange);
        context.Add(ApprovalBusinessTypes.ProcessStep);
    }
}

namespace MarketingSaaS.Budgets;

public static class BudgetSourceReferences
{
    /// <summary>The source reference of the commitment an approved request makes: "approvals:&lt;requestId&gt;".</summary>
    public static string ForApprovalRequest(Guid requestId) => "approvals:" + requestId;
}

using MarketingSaaS.Budgets;

namespace MarketingSaaS.Approvals;

/// <summary>The budget side of a request: where its amount is committed when it is approved.</summary>
public sealed partial class ApprovalRequest
{
    /// <summary>The unit whose budget pays; filled at submission (the requester's unit when not given).</summary>
    public Guid? BudgetUnitId { get; private set; }

    public BudgetCategory? BudgetCategory { get; private set; }

    /// <summary>The request went over budget at submission and got an extra final stage for it.</summary>
    public bool NeedsExtraBudgetApproval { get; private set; }

    internal void SetBudgetContext(ApprovalBudgetContext? budget)
    {
        BudgetUnitId = budget?.OrganizationUnitId;
        BudgetCategory = budget?.Category;
        NeedsExtraBudgetApproval = false;
    }

    internal void SetBudgetCheck(Guid budgetUnitId, bool needsExtraApproval)
    {
        BudgetUnitId = budgetUnitId;
        NeedsExtraBudgetApproval = needsExtraApproval;
    }
}

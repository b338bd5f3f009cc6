namespace MarketingSaaS.Approvals;

public static class ApprovalSubjectModules
{
    /// <summary>The <see cref="IApprovalOutcomeHandler.SubjectModule"/> of a handler that hears the outcome of every request (e.g. budgets).</summary>
    public const string Any = "*";
}

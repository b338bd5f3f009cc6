namespace MarketingSaaS.Approvals;

public static class ApprovalOutcomeSubjects
{
    /// <summary>An <see cref="IApprovalOutcomeHandler.SubjectModule"/> that hears the outcomes of every module's requests.</summary>
    public const string All = "*";
}

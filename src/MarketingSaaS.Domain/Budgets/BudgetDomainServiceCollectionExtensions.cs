using MarketingSaaS.Approvals;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Budgets;

public static class BudgetDomainServiceCollectionExtensions
{
    /// <summary>Budget checks at submission, commitments of approved requests and budget warnings.</summary>
    public static IServiceCollection AddBudgetApprovals(this IServiceCollection services) => services
        .AddScoped<BudgetWarningRecorder>()
        .AddScoped<OverBudgetApprovalStage>()
        .AddScoped<IApprovalSubmissionHandler, BudgetApprovalSubmissionHandler>()
        .AddScoped<IApprovalOutcomeHandler, BudgetApprovalOutcomeHandler>();
}

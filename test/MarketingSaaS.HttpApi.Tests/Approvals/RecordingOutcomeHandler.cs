using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>A module's handler as tests see it: records outcomes, and refuses subjects named "refuse-*".</summary>
internal sealed class RecordingOutcomeHandler(RecordedOutcomes outcomes) : IApprovalOutcomeHandler
{
    public const string Module = "TestModule";

    public string SubjectModule => Module;

    public Task OnDecidedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.SubjectId.StartsWith("refuse-", StringComparison.Ordinal))
        {
            throw new BusinessException("TestModule:Refused");
        }

        outcomes.Add(outcome);
        return Task.CompletedTask;
    }

    public Task OnReturnedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken) => OnDecidedAsync(outcome, cancellationToken);
}

using MarketingSaaS.Approvals;

namespace MarketingSaaS.Processes;

/// <summary>Approved: the step completes. Rejected or withdrawn: the step is in progress again. (Returned: the requester revises and resubmits the request.)</summary>
public sealed class ProcessStepApprovalOutcomeHandler(IProcessInstanceRepository instances) : IApprovalOutcomeHandler
{
    public string SubjectModule => ProcessStepApprovals.SubjectModule;

    public async Task OnDecidedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken)
    {
        if (!ProcessStepApprovals.TryParseSubjectId(outcome.SubjectId, out var instanceId, out var stepId)
            || await instances.FindWithStepsAsync(instanceId, cancellationToken) is not { } instance)
        {
            return;
        }

        if (outcome.Status == ApprovalRequestStatus.Approved)
        {
            instance.CompleteApprovedStep(stepId, outcome.RequestId, outcome.DecidedByUserId, outcome.Time);
        }
        else if (outcome.Status is ApprovalRequestStatus.Rejected or ApprovalRequestStatus.Withdrawn)
        {
            instance.ReopenStep(stepId, outcome.RequestId);
        }
    }
}

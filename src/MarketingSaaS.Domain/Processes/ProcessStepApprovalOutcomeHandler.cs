using MarketingSaaS.Approvals;

namespace MarketingSaaS.Processes;

/// <summary>
/// Approved: the step completes. Rejected, withdrawn or returned: the step is in progress again (completing it submits a new
/// request; resubmitting a returned one links it to the step again, see <see cref="ProcessStepApprovalSubmissionHandler"/>).
/// </summary>
public sealed class ProcessStepApprovalOutcomeHandler(
    IProcessInstanceRepository instances,
    IEnumerable<IProcessStepCompletedHandler> completedHandlers) : IApprovalOutcomeHandler
{
    public string SubjectModule => ProcessStepApprovals.SubjectModule;

    public Task OnReturnedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken) => OnDecidedAsync(outcome, cancellationToken);

    public async Task OnDecidedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken)
    {
        if (!ProcessStepApprovals.TryParseSubjectId(outcome.SubjectId, out var instanceId, out var stepId)
            || await instances.FindWithStepsAsync(instanceId, cancellationToken) is not { } instance)
        {
            return;
        }

        if (outcome.Status == ApprovalRequestStatus.Approved)
        {
            if (instance.CompleteApprovedStep(stepId, outcome.RequestId, outcome.DecidedByUserId, outcome.Time) is { } step)
            {
                await ProcessStepApprovals.TellCompletedAsync(completedHandlers, instance, step, cancellationToken);
            }
        }
        else if (outcome.Status is ApprovalRequestStatus.Rejected or ApprovalRequestStatus.Withdrawn or ApprovalRequestStatus.Returned)
        {
            instance.ReopenStep(stepId, outcome.RequestId);
        }
    }
}

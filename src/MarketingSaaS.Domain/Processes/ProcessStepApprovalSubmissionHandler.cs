using MarketingSaaS.Approvals;

namespace MarketingSaaS.Processes;

/// <summary>
/// A process step's request that is (re)submitted makes its step wait for it: this links a returned request that its
/// requester resubmits through the approvals API back to the step (which went back to in progress when it was returned),
/// and refuses the resubmission when the step was completed meanwhile.
/// </summary>
public sealed class ProcessStepApprovalSubmissionHandler(IProcessInstanceRepository instances) : IApprovalSubmissionHandler
{
    public async Task<ResolvedRoute> OnSubmittingAsync(ApprovalRequest request, ResolvedRoute route, CancellationToken cancellationToken)
    {
        if (string.Equals(request.SubjectModule, ProcessStepApprovals.SubjectModule, StringComparison.OrdinalIgnoreCase)
            && ProcessStepApprovals.TryParseSubjectId(request.SubjectId, out var instanceId, out var stepId)
            && await instances.FindWithStepsAsync(instanceId, cancellationToken) is { } instance)
        {
            instance.SubmitStepForApproval(stepId, request.Id);
        }

        return route;
    }
}

namespace MarketingSaaS.Approvals;

/// <summary>
/// Called (scoped, in registration order) each time a request is submitted or resubmitted, after its route
/// is resolved and before it is stored: a handler may refuse the request (throw) or return a changed route,
/// e.g. the budgets module adds a final stage for an over-budget request.
/// </summary>
public interface IApprovalSubmissionHandler
{
    Task<ResolvedRoute> OnSubmittingAsync(ApprovalRequest request, ResolvedRoute route, CancellationToken cancellationToken);
}

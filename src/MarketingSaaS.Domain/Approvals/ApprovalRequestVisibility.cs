using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Approvals;

/// <summary>
/// The requester, the approvers of its route, those who decided it and the current delegates of any of them see a
/// request; to others it does not exist.
/// </summary>
public sealed class ApprovalRequestVisibility(IApprovalRequestRepository requests, IApprovalDecisionRepository decisions, ApprovalRequestManager manager)
{
    public async Task<ApprovalRequest> GetVisibleAsync(Guid id, Guid userId, CancellationToken cancellationToken = default)
    {
        var request = await requests.FindWithRouteAsync(id, cancellationToken);
        if (request is not null && !request.Involves(userId) && !(await decisions.GetListAsync(id, cancellationToken)).Any(d => d.UserId == userId)
            && !(await manager.GetDelegatorsAsync(userId, cancellationToken)).Any(request.Involves))
        {
            request = null;
        }

        return request ?? throw new EntityNotFoundException(typeof(ApprovalRequest), id);
    }
}

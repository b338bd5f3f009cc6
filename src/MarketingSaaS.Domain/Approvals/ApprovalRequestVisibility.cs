using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Approvals;

/// <summary>The requester, the approvers of its route and those who decided it see a request; to others it does not exist.</summary>
public sealed class ApprovalRequestVisibility(IApprovalRequestRepository requests, IApprovalDecisionRepository decisions)
{
    public async Task<ApprovalRequest> GetVisibleAsync(Guid id, Guid userId, CancellationToken cancellationToken = default)
    {
        var request = await requests.FindWithRouteAsync(id, cancellationToken);
        if (request is not null && !request.Involves(userId) && !(await decisions.GetListAsync(id, cancellationToken)).Any(d => d.UserId == userId))
        {
            request = null;
        }

        return request ?? throw new EntityNotFoundException(typeof(ApprovalRequest), id);
    }
}

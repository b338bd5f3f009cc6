using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Approvals;

public interface IApprovalRequestRepository : IRepository<ApprovalRequest, Guid>
{
    /// <summary>The request with its stages and approvers.</summary>
    Task<ApprovalRequest?> FindWithRouteAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Requests submitted since <paramref name="since"/>, with their stages and approvers.</summary>
    Task<List<ApprovalRequest>> GetListWithRouteAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Pending requests with their stages and approvers (tracked), for the approval SLA job.</summary>
    Task<List<ApprovalRequest>> GetPendingWithRouteAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Pending requests (tracked, with their route) having an undecided slot of <paramref name="positionId"/> whose person
    /// is not among <paramref name="holderUserIds"/>, the position's holders now.
    /// </summary>
    Task<List<ApprovalRequest>> GetPendingWithFormerHolderSlotsAsync(Guid positionId, IReadOnlyCollection<Guid> holderUserIds, CancellationToken cancellationToken = default);

    Task<bool> HasPendingAsync(ApprovalSubject subject, Guid? exceptRequestId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of a "my approvals" list; waiting-for-me includes the pending slots of <paramref name="delegatorUserIds"/>
    /// (people who delegate to the user now), except in the user's own requests.
    /// </summary>
    Task<(long TotalCount, List<ApprovalRequest> Items)> GetPageAsync(
        ApprovalRequestView view, Guid userId, IReadOnlyCollection<Guid> delegatorUserIds, int skip, int take, CancellationToken cancellationToken = default);
}

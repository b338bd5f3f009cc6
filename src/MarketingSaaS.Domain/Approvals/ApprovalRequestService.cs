using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Approvals;

/// <summary>The platform's side of <see cref="IApprovalRequestService"/>: the approval engine, for modules.</summary>
public sealed class ApprovalRequestService(ApprovalRequestManager requests, IApprovalRequestRepository repository, IApprovalRequestLock requestLock) : IApprovalRequestService
{
    public async Task<ApprovalRequestSummary> SubmitAsync(ApprovalRequestDraft draft, Guid requesterUserId, CancellationToken cancellationToken = default) =>
        Summarize(await requests.SubmitAsync(draft, requesterUserId, cancellationToken));

    public async Task<ApprovalRequestSummary> GetAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        Summarize(await GetWithRouteAsync(requestId, cancellationToken));

    public async Task ChangeAmountAsync(Guid requestId, decimal amount, Guid changedByUserId, string? comment, CancellationToken cancellationToken = default)
    {
        await requestLock.EnterAsync(requestId, cancellationToken);
        await requests.ChangeAmountAsync(await GetWithRouteAsync(requestId, cancellationToken), amount, changedByUserId, comment, cancellationToken);
    }

    private async Task<ApprovalRequest> GetWithRouteAsync(Guid requestId, CancellationToken cancellationToken) =>
        await repository.FindWithRouteAsync(requestId, cancellationToken) ?? throw new EntityNotFoundException(typeof(ApprovalRequest), requestId);

    private static ApprovalRequestSummary Summarize(ApprovalRequest request) =>
        new(request.Id, request.BusinessType, request.Status, request.Amount, request.Currency);
}

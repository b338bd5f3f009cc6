namespace MarketingSaaS.Approvals;

/// <summary>
/// What a module does with the approval requests of its own subjects: submit one, read it, change its amount (the
/// engine re-routes). Outcomes come back through <see cref="IApprovalOutcomeHandler"/>.
/// </summary>
public interface IApprovalRequestService
{
    /// <summary>Submits the request; the route is computed from the draft and the company's policies.</summary>
    Task<ApprovalRequestSummary> SubmitAsync(ApprovalRequestDraft draft, Guid requesterUserId, CancellationToken cancellationToken = default);

    /// <summary>The request; EntityNotFoundException (404) when the company has none with that id.</summary>
    Task<ApprovalRequestSummary> GetAsync(Guid requestId, CancellationToken cancellationToken = default);

    Task ChangeAmountAsync(Guid requestId, decimal amount, Guid changedByUserId, string? comment, CancellationToken cancellationToken = default);
}

using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Approvals;

/// <summary>Submits requests with a route snapshot, applies decisions, writes the log and tells the subject's module the outcome.</summary>
public sealed class ApprovalRequestManager(
    IApprovalRequestRepository requests,
    IApprovalDecisionRepository decisions,
    ApprovalRouteResolver routes,
    IEnumerable<IApprovalOutcomeHandler> outcomeHandlers,
    IEnumerable<IApprovalSubmissionHandler> submissionHandlers,
    TimeProvider clock)
{
    public async Task<ApprovalRequest> SubmitAsync(ApprovalRequestDraft draft, Guid requesterUserId, CancellationToken cancellationToken = default)
    {
        await CheckNoPendingAsync(draft.Subject, null, cancellationToken);
        var request = new ApprovalRequest(
            Guid.CreateVersion7(), draft.BusinessType, draft.Subject, draft.Title, draft.Amount, draft.Currency,
            draft.RiskTier, draft.IsSpecial, requesterUserId, draft.RequesterUnitId);
        request.SetBudgetContext(draft.Budget);
        await StartRouteAsync(request, cancellationToken);
        await requests.InsertAsync(request, cancellationToken);
        return request;
    }

    /// <summary>The requester's revision of a returned request; the route is computed afresh.</summary>
    public async Task ResubmitAsync(ApprovalRequest request, ApprovalRequestDraft revision, Guid userId, CancellationToken cancellationToken = default)
    {
        if (userId != request.RequesterUserId)
        {
            throw new BusinessException(ApprovalEngineErrorCodes.NotTheRequester, statusCode: 403);
        }

        request.Revise(revision.Title, revision.Amount, revision.Currency, revision.RiskTier, revision.IsSpecial, revision.RequesterUnitId);
        request.SetBudgetContext(revision.Budget);
        await CheckNoPendingAsync(new ApprovalSubject(request.SubjectModule, request.SubjectId), request.Id, cancellationToken);
        await StartRouteAsync(request, cancellationToken);
    }

    public async Task DecideAsync(ApprovalRequest request, Guid userId, ApprovalDecisionType decision, string? comment, CancellationToken cancellationToken = default)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (decision is ApprovalDecisionType.Rejected or ApprovalDecisionType.Returned && comment is null)
        {
            throw new FieldValidationException("comment", ApprovalEngineErrorCodes.CommentRequired);
        }

        var now = clock.GetUtcNow();
        var stage = request.Decide(userId, decision, now);
        await decisions.InsertAsync(new ApprovalDecision(Guid.CreateVersion7(), request, userId, decision, comment, stage.Index, now), cancellationToken);
        await NotifyIfEndedAsync(request, userId, comment, now, cancellationToken);
    }

    public async Task WithdrawAsync(ApprovalRequest request, Guid userId, string? comment, CancellationToken cancellationToken = default)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        var now = clock.GetUtcNow();
        request.Withdraw(userId, now);
        await decisions.InsertAsync(new ApprovalDecision(Guid.CreateVersion7(), request, userId, ApprovalDecisionType.Withdrawn, comment, null, now), cancellationToken);
        await NotifyIfEndedAsync(request, userId, comment, now, cancellationToken);
    }

    private async Task StartRouteAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var route = await routes.ResolveAsync(
            new ApprovalRouteRequest(request.BusinessType, request.Amount, request.Currency, request.RiskTier, request.IsSpecial, request.RequesterUserId, request.RequesterUnitId),
            cancellationToken);
        foreach (var handler in submissionHandlers)
        {
            route = await handler.OnSubmittingAsync(request, route, cancellationToken);
        }

        var now = clock.GetUtcNow();
        request.Submit(route, now);
        await decisions.InsertAsync(new ApprovalDecision(Guid.CreateVersion7(), request, request.RequesterUserId, ApprovalDecisionType.Submitted, null, null, now), cancellationToken);
    }

    private async Task CheckNoPendingAsync(ApprovalSubject subject, Guid? exceptRequestId, CancellationToken cancellationToken)
    {
        if (await requests.HasPendingAsync(subject, exceptRequestId, cancellationToken))
        {
            throw new BusinessException(ApprovalEngineErrorCodes.ActiveRequestExists, new Dictionary<string, object?> { ["module"] = subject.Module, ["id"] = subject.Id });
        }
    }

    private async Task NotifyIfEndedAsync(ApprovalRequest request, Guid userId, string? comment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.Status is not (ApprovalRequestStatus.Approved or ApprovalRequestStatus.Rejected or ApprovalRequestStatus.Withdrawn))
        {
            return;
        }

        var outcome = new ApprovalOutcome(
            request.Id, request.BusinessType, request.SubjectModule, request.SubjectId, request.Status,
            request.Amount, request.Currency, userId, comment, now);
        foreach (var handler in outcomeHandlers.Where(h => h.SubjectModule == ApprovalSubjectModules.Any || string.Equals(h.SubjectModule, request.SubjectModule, StringComparison.OrdinalIgnoreCase)))
        {
            await handler.OnDecidedAsync(outcome, cancellationToken);
        }
    }
}

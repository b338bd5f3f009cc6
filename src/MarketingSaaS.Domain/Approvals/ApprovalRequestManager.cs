using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Money;
using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Approvals;

/// <summary>Submits requests with a route snapshot, applies decisions, writes the log and tells the subject's module the outcome.</summary>
public sealed class ApprovalRequestManager(
    IApprovalRequestRepository requests,
    IApprovalDecisionRepository decisions,
    IApprovalDelegationRepository delegations,
    ApprovalRouteResolver routes,
    IEnumerable<IApprovalOutcomeHandler> outcomeHandlers,
    ISettingProvider settings,
    IEnumerable<IApprovalStageStartedHandler> stageStartedHandlers,
    IEnumerable<IApprovalSubmissionHandler> submissionHandlers,
    ApprovalRequesterUnitCheck requesterUnits,
    ApprovalSubjectVersions subjectVersions,
    TimeProvider clock)
{
    public async Task<ApprovalRequest> SubmitAsync(ApprovalRequestDraft draft, Guid requesterUserId, CancellationToken cancellationToken = default)
    {
        await CheckNoPendingAsync(draft.Subject, null, cancellationToken);
        var filedForOtherUnit = await requesterUnits.CheckAsync(draft.RequesterUnitId, requesterUserId, cancellationToken)
            | await requesterUnits.CheckBudgetUnitAsync(draft.Budget, requesterUserId, cancellationToken);
        var request = new ApprovalRequest(
            SequentialGuid.Create(), draft.BusinessType, draft.Subject, draft.Title, draft.Amount, draft.Currency,
            draft.RiskTier, draft.IsSpecial, requesterUserId, draft.RequesterUnitId);
        request.SetFiledForOtherUnit(filedForOtherUnit);
        request.SetBudgetContext(draft.Budget);
        request.SetDescription(draft.Description);
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

        var filedForOtherUnit = await requesterUnits.CheckAsync(revision.RequesterUnitId, userId, cancellationToken)
            | await requesterUnits.CheckBudgetUnitAsync(revision.Budget, userId, cancellationToken);
        request.Revise(revision.Title, revision.Amount, revision.Currency, revision.RiskTier, revision.IsSpecial, revision.RequesterUnitId);
        request.SetFiledForOtherUnit(filedForOtherUnit);
        request.SetBudgetContext(revision.Budget);
        request.SetDescription(revision.Description);
        await CheckNoPendingAsync(new ApprovalSubject(request.SubjectModule, request.SubjectId), request.Id, cancellationToken);
        await StartRouteAsync(request, cancellationToken);
    }

    /// <summary>
    /// The subject's amount changed (told by the requester or the owning module). The route is computed again from the
    /// current policy and org chart; earlier decisions stay in the log but no longer count. An approved request becomes
    /// pending again and its module hears a <see cref="ApprovalOutcome.Reopened"/> outcome.
    /// </summary>
    public async Task ChangeAmountAsync(ApprovalRequest request, decimal amount, Guid changedByUserId, string? comment, CancellationToken cancellationToken = default)
    {
        if (amount < 0)
        {
            throw new FieldValidationException("amount", "Framework:InvalidFormat");
        }

        MoneyAmounts.Ensure("amount", amount, request.Currency);
        var wasApproved = request.Status == ApprovalRequestStatus.Approved;
        var previous = request.ChangeAmount(amount);
        if (wasApproved)
        {
            await CheckNoPendingAsync(new ApprovalSubject(request.SubjectModule, request.SubjectId), request.Id, cancellationToken);
        }

        var route = await ResolveRouteAsync(request, cancellationToken);
        var now = clock.GetUtcNow();
        request.Submit(route, now);
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        await LogAsync(request, ApprovalDecision.AmountChanged(request, changedByUserId, previous, comment, now), cancellationToken);
        await stageStartedHandlers.NotifyStageStartedAsync(request, null, cancellationToken);
        if (wasApproved)
        {
            await NotifyAsync(request, changedByUserId, comment, now, reopened: true, cancellationToken);
        }
    }

    public Task DecideAsync(ApprovalRequest request, Guid userId, ApprovalDecisionType decision, string? comment, CancellationToken cancellationToken = default) =>
        DecideAsync(request, userId, decision, comment, null, cancellationToken);

    /// <summary>
    /// A decision by <paramref name="userId"/> on their own slot or, as a delegate, on the slot of someone who delegates to
    /// them now (chains followed): <paramref name="onBehalfOfUserId"/> chooses the slot, otherwise their own slot comes first.
    /// </summary>
    public async Task DecideAsync(
        ApprovalRequest request, Guid userId, ApprovalDecisionType decision, string? comment, Guid? onBehalfOfUserId, CancellationToken cancellationToken = default)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (decision is ApprovalDecisionType.Rejected or ApprovalDecisionType.Returned && comment is null)
        {
            throw new FieldValidationException("comment", ApprovalEngineErrorCodes.CommentRequired);
        }

        var now = clock.GetUtcNow();
        var approverUserId = await ResolveSlotAsync(request, userId, onBehalfOfUserId, now, cancellationToken);
        var (stage, approver) = request.Decide(approverUserId, decision, now);
        var line = new ApprovalDecision(SequentialGuid.Create(), request, userId, decision, comment, stage.Index, now, approverUserId == userId ? null : approverUserId);
        approver.LinkDecision(line.Sequence);
        await LogAsync(request, line, cancellationToken);
        await ApproveRepeatedApproversAsync(request, now, cancellationToken);
        await stageStartedHandlers.NotifyStageStartedAsync(request, stage.Index, cancellationToken);
        await NotifyIfEndedAsync(request, userId, comment, now, cancellationToken);
    }

    /// <summary>
    /// A return to an earlier stage instead of to the requester: stages <paramref name="targetStageIndex"/> up to the
    /// current one start again (their approvers are asked again and told so); the request stays pending and its module
    /// hears nothing. A comment is required, as for every return.
    /// </summary>
    public async Task ReturnToStageAsync(
        ApprovalRequest request, Guid userId, int targetStageIndex, string? comment, Guid? onBehalfOfUserId, CancellationToken cancellationToken = default)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment is null)
        {
            throw new FieldValidationException("comment", ApprovalEngineErrorCodes.CommentRequired);
        }

        var now = clock.GetUtcNow();
        var approverUserId = await ResolveSlotAsync(request, userId, onBehalfOfUserId, now, cancellationToken);
        var stage = request.ReturnToStage(approverUserId, targetStageIndex, now);
        await LogAsync(
            request,
            ApprovalDecision.ReturnedToStage(request, userId, stage.Index, targetStageIndex, comment, now, approverUserId == userId ? null : approverUserId),
            cancellationToken);
        await ApproveRepeatedApproversAsync(request, now, cancellationToken);
        await stageStartedHandlers.NotifyStageStartedAsync(request, stage.Index, cancellationToken);
        await NotifyIfEndedAsync(request, userId, comment, now, cancellationToken);
    }

    public async Task WithdrawAsync(ApprovalRequest request, Guid userId, string? comment, CancellationToken cancellationToken = default)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        var now = clock.GetUtcNow();
        request.Withdraw(userId, now);
        await LogAsync(request, new ApprovalDecision(SequentialGuid.Create(), request, userId, ApprovalDecisionType.Withdrawn, comment, null, now), cancellationToken);
        await NotifyIfEndedAsync(request, userId, comment, now, cancellationToken);
    }

    /// <summary>The people whose approvals <paramref name="userId"/> may decide now as their delegate (chains followed).</summary>
    public async Task<IReadOnlySet<Guid>> GetDelegatorsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        ApprovalDelegationChains.DelegatorsOf(userId, await delegations.GetUnrevokedListAsync(cancellationToken), clock.GetUtcNow());

    public async Task<SamePersonApproval> GetSamePersonApprovalAsync(CancellationToken cancellationToken = default) =>
        Enum.TryParse<SamePersonApproval>(await settings.GetOrNullAsync(ApprovalSettings.SamePersonApproval, cancellationToken), ignoreCase: true, out var value)
            ? value
            : SamePersonApproval.AskEachTime;

    /// <summary>Whose slot the decision is for: the user's own pending slot of the current stage, else a delegator's.</summary>
    private async Task<Guid> ResolveSlotAsync(ApprovalRequest request, Guid userId, Guid? onBehalfOfUserId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = request.CurrentStage;
        if (onBehalfOfUserId is null || onBehalfOfUserId == userId)
        {
            if (current is null || current.PendingApprover(userId) is not null || onBehalfOfUserId == userId)
            {
                return userId;
            }

            var delegators = ApprovalDelegationChains.DelegatorsOf(userId, await delegations.GetUnrevokedListAsync(cancellationToken), now);
            var slot = current.Approvers.FirstOrDefault(a => a.State == ApproverState.Pending && delegators.Contains(a.UserId));
            if (slot is null)
            {
                return userId;
            }

            CheckNotRequester(request, userId);
            return slot.UserId;
        }

        CheckNotRequester(request, userId);
        var mine = ApprovalDelegationChains.DelegatorsOf(userId, await delegations.GetUnrevokedListAsync(cancellationToken), now);
        return mine.Contains(onBehalfOfUserId.Value)
            ? onBehalfOfUserId.Value
            : throw new BusinessException(ApprovalDelegationErrorCodes.NotADelegate, statusCode: 403);
    }

    private static void CheckNotRequester(ApprovalRequest request, Guid userId)
    {
        if (userId == request.RequesterUserId)
        {
            throw new BusinessException(ApprovalDelegationErrorCodes.RequesterCannotDecide, statusCode: 403);
        }
    }

    /// <summary>With AskOnce, approves the current stage's slots of people who approved an earlier stage, stage after stage.</summary>
    private async Task ApproveRepeatedApproversAsync(ApprovalRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.Status != ApprovalRequestStatus.Pending || request.FindRepeatedApprover() is null
            || await GetSamePersonApprovalAsync(cancellationToken) != SamePersonApproval.AskOnce)
        {
            return;
        }

        while (request.FindRepeatedApprover() is { } repeat)
        {
            var (stage, approver) = request.Decide(repeat.Current.UserId, ApprovalDecisionType.Approved, now);
            var line = ApprovalDecision.Automatic(request, approver.UserId, stage.Index, repeat.Earlier.DecisionSequence, now);
            approver.LinkDecision(line.Sequence);
            await LogAsync(request, line, cancellationToken);
        }
    }

    /// <summary>Writes a log line with the subject's version as it is now.</summary>
    private async Task LogAsync(ApprovalRequest request, ApprovalDecision line, CancellationToken cancellationToken) =>
        await decisions.InsertAsync(line.WithSubjectVersion(await subjectVersions.GetAsync(request, cancellationToken)), cancellationToken);

    private async Task StartRouteAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var route = await ResolveRouteAsync(request, cancellationToken);
        var now = clock.GetUtcNow();
        request.Submit(route, now);
        await LogAsync(request, new ApprovalDecision(SequentialGuid.Create(), request, request.RequesterUserId, ApprovalDecisionType.Submitted, null, null, now), cancellationToken);
        await stageStartedHandlers.NotifyStageStartedAsync(request, null, cancellationToken);
    }

    private async Task<ResolvedRoute> ResolveRouteAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var route = await routes.ResolveAsync(
            new ApprovalRouteRequest(request.BusinessType, request.Amount, request.Currency, request.RiskTier, request.IsSpecial, request.RequesterUserId, request.RequesterUnitId),
            cancellationToken);
        foreach (var handler in submissionHandlers)
        {
            route = await handler.OnSubmittingAsync(request, route, cancellationToken);
        }

        return route;
    }

    private async Task CheckNoPendingAsync(ApprovalSubject subject, Guid? exceptRequestId, CancellationToken cancellationToken)
    {
        if (await requests.HasPendingAsync(subject, exceptRequestId, cancellationToken))
        {
            throw new BusinessException(ApprovalEngineErrorCodes.ActiveRequestExists, new Dictionary<string, object?> { ["module"] = subject.Module, ["id"] = subject.Id });
        }
    }

    private Task NotifyIfEndedAsync(ApprovalRequest request, Guid userId, string? comment, DateTimeOffset now, CancellationToken cancellationToken) =>
        request.Status is ApprovalRequestStatus.Approved or ApprovalRequestStatus.Rejected or ApprovalRequestStatus.Withdrawn or ApprovalRequestStatus.Returned
            ? NotifyAsync(request, userId, comment, now, reopened: false, cancellationToken)
            : Task.CompletedTask;

    private async Task NotifyAsync(ApprovalRequest request, Guid userId, string? comment, DateTimeOffset now, bool reopened, CancellationToken cancellationToken)
    {
        var outcome = new ApprovalOutcome(
            request.Id, request.BusinessType, request.SubjectModule, request.SubjectId, request.Status,
            request.Amount, request.Currency, userId, comment, now, reopened);
        // Handlers of every module (the budget's) run first, so the subject's module sees what they did (e.g. the commitment
        // the approval made); otherwise in registration order.
        foreach (var handler in outcomeHandlers
            .Where(h => h.SubjectModule == ApprovalOutcomeSubjects.All || string.Equals(h.SubjectModule, request.SubjectModule, StringComparison.OrdinalIgnoreCase))
            .OrderBy(h => h.SubjectModule == ApprovalOutcomeSubjects.All ? 0 : 1))
        {
            await (outcome.Status == ApprovalRequestStatus.Returned
                ? handler.OnReturnedAsync(outcome, cancellationToken)
                : handler.OnDecidedAsync(outcome, cancellationToken));
        }
    }
}

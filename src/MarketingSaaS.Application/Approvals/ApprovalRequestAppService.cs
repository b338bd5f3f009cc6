using MarketingSaaS.Approvals.BusinessTypes;
using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Approvals;

public sealed class ApprovalRequestAppService(
    IApprovalRequestRepository requests,
    IApprovalRequestLock requestLock,
    IApprovalDecisionRepository decisions,
    ApprovalRequestManager manager,
    ApprovalRequestVisibility visibility,
    ApprovalRequesterReminder reminder,
    IUserLookup users,
    ICurrentUser currentUser,
    ApprovalBusinessTypeDefinitionManager businessTypes,
    ApprovalBudgetEffects budgetEffects,
    IUnitOfWork unitOfWork) : IApprovalRequestAppService
{
    private Guid UserId => currentUser.Id!.Value;

    public async Task<ApprovalRequestDetailsDto> SubmitAsync(SubmitApprovalRequestDto input, CancellationToken cancellationToken = default)
    {
        businessTypes.CheckDefined(input.BusinessType, "businessType");
        var draft = ToDraft(input, input.BusinessType, new ApprovalSubject(input.SubjectModule.Trim(), input.SubjectId.Trim()));
        var request = await manager.SubmitAsync(draft, UserId, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDetailsAsync(request, cancellationToken);
    }

    public async Task<ApprovalRequestDetailsDto> ResubmitAsync(Guid id, ReviseApprovalRequestDto input, CancellationToken cancellationToken = default)
    {
        await requestLock.EnterAsync(id, cancellationToken);
        var request = await GetVisibleAsync(id, cancellationToken);
        await manager.ResubmitAsync(request, ToDraft(input, request.BusinessType, new ApprovalSubject(request.SubjectModule, request.SubjectId)), UserId, cancellationToken);
        await requests.UpdateAsync(request, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDetailsAsync(request, cancellationToken);
    }

    public async Task<ApprovalRequestDetailsDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDetailsAsync(await GetVisibleAsync(id, cancellationToken), cancellationToken);

    public async Task<PagedResultDto<ApprovalRequestDto>> GetListAsync(GetApprovalRequestListInput input, CancellationToken cancellationToken = default)
    {
        var view = input.View switch
        {
            GetApprovalRequestListInput.DecidedByMe => ApprovalRequestView.DecidedByMe,
            GetApprovalRequestListInput.SubmittedByMe => ApprovalRequestView.SubmittedByMe,
            _ => ApprovalRequestView.WaitingForMe,
        };
        var delegators = view == ApprovalRequestView.WaitingForMe ? await manager.GetDelegatorsAsync(UserId, cancellationToken) : new HashSet<Guid>();
        var (total, items) = await requests.GetPageAsync(view, UserId, [.. delegators], input.SkipCount, input.MaxResultCount, cancellationToken);
        var names = await users.GetNamesAsync(items.Select(r => r.RequesterUserId), cancellationToken);
        return new PagedResultDto<ApprovalRequestDto>(total, [.. items.Select(r => ApprovalRequestMapper.ToDto(r, names))]);
    }

    public async Task<ApprovalRequestDetailsDto> DecideAsync(Guid id, ApprovalDecisionType decision, ApprovalActionDto input, CancellationToken cancellationToken = default)
    {
        if (input.ReturnToStageIndex is not null && decision != ApprovalDecisionType.Returned)
        {
            throw new FieldValidationException(ApprovalRequest.ReturnToStageField, ApprovalEngineErrorCodes.ReturnStageNotAllowed);
        }

        await requestLock.EnterAsync(id, cancellationToken);
        var request = await requests.FindWithRouteAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(ApprovalRequest), id);
        if (input.ReturnToStageIndex is { } targetStageIndex)
        {
            await manager.ReturnToStageAsync(request, UserId, targetStageIndex, input.Comment, input.OnBehalfOfUserId, cancellationToken);
        }
        else
        {
            await manager.DecideAsync(request, UserId, decision, input.Comment, input.OnBehalfOfUserId, cancellationToken);
        }

        await requests.UpdateAsync(request, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDetailsAsync(request, cancellationToken);
    }

    public async Task<ApprovalReminderResultDto> RemindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await requestLock.EnterAsync(id, cancellationToken);
        var request = await GetVisibleAsync(id, cancellationToken);
        var approvers = await reminder.RemindAsync(request, UserId, cancellationToken);
        await requests.UpdateAsync(request, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        var names = await users.GetNamesAsync(approvers, cancellationToken);
        return new ApprovalReminderResultDto([.. approvers.Select(a => names.GetValueOrDefault(a, ""))]);
    }

    public async Task<ApprovalRequestDetailsDto> WithdrawAsync(Guid id, ApprovalActionDto input, CancellationToken cancellationToken = default)
    {
        if (input.ReturnToStageIndex is not null)
        {
            throw new FieldValidationException(ApprovalRequest.ReturnToStageField, ApprovalEngineErrorCodes.ReturnStageNotAllowed);
        }

        await requestLock.EnterAsync(id, cancellationToken);
        var request = await GetVisibleAsync(id, cancellationToken);
        await manager.WithdrawAsync(request, UserId, input.Comment, cancellationToken);
        await requests.UpdateAsync(request, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDetailsAsync(request, cancellationToken);
    }

    public async Task<ApprovalRequestDetailsDto> ChangeAmountAsync(Guid id, ChangeApprovalAmountDto input, CancellationToken cancellationToken = default)
    {
        await requestLock.EnterAsync(id, cancellationToken);
        var request = await GetVisibleAsync(id, cancellationToken);
        if (request.RequesterUserId != UserId)
        {
            throw new BusinessException(ApprovalEngineErrorCodes.NotTheRequester, statusCode: 403);
        }

        await manager.ChangeAmountAsync(request, input.Amount, UserId, input.Comment, cancellationToken);
        await requests.UpdateAsync(request, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDetailsAsync(request, cancellationToken);
    }

    private static ApprovalRequestDraft ToDraft(ReviseApprovalRequestDto input, string businessType, ApprovalSubject subject) =>
        new(businessType, subject, input.Title.Trim(), input.Amount, input.Currency.Trim().ToUpperInvariant(), input.RiskTier, input.IsSpecial, input.RequesterUnitId)
        {
            Budget = input.BudgetCategory is { } category ? new ApprovalBudgetContext(input.BudgetUnitId, category) : null,
            Description = input.Description,
        };

    /// <summary>
    /// Only the requester, the approvers of its route, their current delegates and those who decided it see a request;
    /// to others it does not exist.
    /// </summary>
    private Task<ApprovalRequest> GetVisibleAsync(Guid id, CancellationToken cancellationToken) =>
        visibility.GetVisibleAsync(id, UserId, cancellationToken);

    private async Task<ApprovalRequestDetailsDto> ToDetailsAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var log = await decisions.GetListAsync(request.Id, cancellationToken);
        var names = await users.GetNamesAsync(
            log.Select(d => d.UserId)
                .Concat(log.SelectMany(d => new[] { d.OnBehalfOfUserId, d.ReassignedFromUserId, d.ReassignedToUserId }).OfType<Guid>()).Concat(request.Stages.SelectMany(s => s.Approvers.Select(a => a.UserId))).Append(request.RequesterUserId),
            cancellationToken);
        return ApprovalRequestMapper.ToDetails(request, log, names) with { BudgetEffect = await budgetEffects.GetAsync(request, cancellationToken) };
    }
}

using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;
using MarketingSaaS.Permissions;

namespace MarketingSaaS.Approvals;

public sealed class ApprovalDelegationAppService(
    IApprovalDelegationRepository delegations,
    ApprovalDelegationManager manager,
    IUserLookup users,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : IApprovalDelegationAppService
{
    private Guid UserId => currentUser.Id!.Value;

    public async Task<List<ApprovalDelegationDto>> GetListAsync(GetApprovalDelegationListInput input, CancellationToken cancellationToken = default)
    {
        var all = input.View == GetApprovalDelegationListInput.All;
        if (all)
        {
            await CheckAdminAsync(cancellationToken);
        }

        return await ToDtosAsync(await delegations.GetListAsync(all ? null : UserId, cancellationToken), cancellationToken);
    }

    public async Task<ApprovalDelegationDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await GetVisibleAsync(id, cancellationToken), cancellationToken);

    public async Task<ApprovalDelegationDto> CreateAsync(CreateApprovalDelegationDto input, CancellationToken cancellationToken = default)
    {
        var delegatorUserId = input.DelegatorUserId ?? UserId;
        if (delegatorUserId != UserId)
        {
            await CheckAdminAsync(cancellationToken);
        }

        var delegation = await manager.CreateAsync(delegatorUserId, input.DelegateUserId!.Value, input.From!.Value, input.Until!.Value, input.Reason, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(delegation, cancellationToken);
    }

    public async Task<ApprovalDelegationDto> UpdateAsync(Guid id, UpdateApprovalDelegationDto input, CancellationToken cancellationToken = default)
    {
        var delegation = await GetChangeableAsync(id, cancellationToken);
        await manager.ChangeAsync(delegation, input.From!.Value, input.Until!.Value, input.Reason, cancellationToken);
        await delegations.UpdateAsync(delegation, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(delegation, cancellationToken);
    }

    public async Task<ApprovalDelegationDto> RevokeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var delegation = await GetChangeableAsync(id, cancellationToken);
        manager.Revoke(delegation);
        await delegations.UpdateAsync(delegation, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(delegation, cancellationToken);
    }

    private async Task CheckAdminAsync(CancellationToken cancellationToken)
    {
        if (!await permissions.IsGrantedAsync(MarketingSaaSPermissions.ApprovalDelegations.Default, cancellationToken))
        {
            throw new BusinessException("Framework:PermissionDenied", new Dictionary<string, object?> { ["permission"] = MarketingSaaSPermissions.ApprovalDelegations.Default }, statusCode: 403);
        }
    }

    /// <summary>The delegator's own, or anyone's with Approvals.Delegations; the delegate may only read it.</summary>
    private async Task<ApprovalDelegation> GetChangeableAsync(Guid id, CancellationToken cancellationToken)
    {
        var delegation = await GetVisibleAsync(id, cancellationToken);
        if (delegation.DelegatorUserId != UserId && !await permissions.IsGrantedAsync(MarketingSaaSPermissions.ApprovalDelegations.Default, cancellationToken))
        {
            throw new BusinessException(ApprovalDelegationErrorCodes.NotTheDelegator, statusCode: 403);
        }

        return delegation;
    }

    private async Task<ApprovalDelegation> GetVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var delegation = await delegations.FindAsync(id, cancellationToken);
        if (delegation is not null && delegation.DelegatorUserId != UserId && delegation.DelegateUserId != UserId
            && !await permissions.IsGrantedAsync(MarketingSaaSPermissions.ApprovalDelegations.Default, cancellationToken))
        {
            delegation = null;
        }

        return delegation ?? throw new EntityNotFoundException(typeof(ApprovalDelegation), id);
    }

    private async Task<ApprovalDelegationDto> ToDtoAsync(ApprovalDelegation delegation, CancellationToken cancellationToken) =>
        (await ToDtosAsync([delegation], cancellationToken))[0];

    private async Task<List<ApprovalDelegationDto>> ToDtosAsync(List<ApprovalDelegation> items, CancellationToken cancellationToken)
    {
        var names = await users.GetNamesAsync(items.SelectMany(d => new[] { d.DelegatorUserId, d.DelegateUserId }), cancellationToken);
        var now = clock.GetUtcNow();
        return [.. items.Select(d => new ApprovalDelegationDto(
            d.Id, d.DelegatorUserId, names.GetValueOrDefault(d.DelegatorUserId, ""), d.DelegateUserId, names.GetValueOrDefault(d.DelegateUserId, ""),
            d.From, d.Until, d.Reason, d.IsRevoked, d.RevocationTime, d.IsActiveAt(now), d.ConcurrencyStamp))];
    }
}

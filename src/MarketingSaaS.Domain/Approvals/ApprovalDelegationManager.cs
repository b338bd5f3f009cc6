using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Approvals;

/// <summary>Creates, changes and revokes delegations: not to oneself, only to an active user of the company, a valid future window, and no cycles.</summary>
public sealed class ApprovalDelegationManager(
    IApprovalDelegationRepository delegations,
    UserManager<AppUser> users,
    TimeProvider clock)
{
    public async Task<ApprovalDelegation> CreateAsync(
        Guid delegatorUserId, Guid delegateUserId, DateTimeOffset from, DateTimeOffset until, string? reason, CancellationToken cancellationToken = default)
    {
        CheckWindow(from, until);
        CheckNotSelf(delegatorUserId, delegateUserId);
        await CheckUsersAsync(delegatorUserId, delegateUserId);
        await CheckNoCycleAsync(null, delegatorUserId, delegateUserId, from, until, cancellationToken);
        var delegation = new ApprovalDelegation(SequentialGuid.Create(), delegatorUserId, delegateUserId, from.ToUniversalTime(), until.ToUniversalTime(), Normalize(reason));
        await delegations.InsertAsync(delegation, cancellationToken);
        return delegation;
    }

    public async Task ChangeAsync(ApprovalDelegation delegation, DateTimeOffset from, DateTimeOffset until, string? reason, CancellationToken cancellationToken = default)
    {
        CheckNotRevoked(delegation);
        CheckWindow(from, until);
        await CheckNoCycleAsync(delegation.Id, delegation.DelegatorUserId, delegation.DelegateUserId, from, until, cancellationToken);
        delegation.Change(from.ToUniversalTime(), until.ToUniversalTime(), Normalize(reason));
    }

    public void Revoke(ApprovalDelegation delegation)
    {
        CheckNotRevoked(delegation);
        delegation.Revoke(clock.GetUtcNow());
    }

    private static string? Normalize(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    private static void CheckNotRevoked(ApprovalDelegation delegation)
    {
        if (delegation.IsRevoked)
        {
            throw new BusinessException(ApprovalDelegationErrorCodes.AlreadyRevoked);
        }
    }

    private static void CheckNotSelf(Guid delegatorUserId, Guid delegateUserId)
    {
        if (delegatorUserId == delegateUserId)
        {
            throw new BusinessException(ApprovalDelegationErrorCodes.SelfDelegation);
        }
    }

    private void CheckWindow(DateTimeOffset from, DateTimeOffset until)
    {
        if (from >= until)
        {
            throw new FieldValidationException("until", ApprovalDelegationErrorCodes.InvalidWindow);
        }

        if (until <= clock.GetUtcNow())
        {
            throw new FieldValidationException("until", ApprovalDelegationErrorCodes.WindowInPast);
        }
    }

    private async Task CheckUsersAsync(Guid delegatorUserId, Guid delegateUserId)
    {
        if (await users.FindByIdAsync(delegatorUserId.ToString()) is null)
        {
            throw new BusinessException(ApprovalDelegationErrorCodes.UnknownDelegator);
        }

        if (await users.FindByIdAsync(delegateUserId.ToString()) is not { IsActive: true })
        {
            throw new BusinessException(ApprovalDelegationErrorCodes.InactiveDelegate);
        }
    }

    private async Task CheckNoCycleAsync(
        Guid? exceptId, Guid delegatorUserId, Guid delegateUserId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var others = (await delegations.GetUnrevokedListAsync(cancellationToken)).Where(d => d.Id != exceptId);
        if (ApprovalDelegationChains.ClosesCycle(delegatorUserId, delegateUserId, from, until, others))
        {
            throw new BusinessException(ApprovalDelegationErrorCodes.Cycle);
        }
    }
}

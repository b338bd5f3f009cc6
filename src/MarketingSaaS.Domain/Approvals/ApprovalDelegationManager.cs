using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Approvals;

/// <summary>
/// Creates, changes and revokes delegations: not to oneself, only to an active user of the company, a valid future
/// window, no cycles and no chain longer than the setting <see cref="ApprovalSettings.MaxDelegationChainLength"/>.
/// Creations and changes run under the company's <see cref="IApprovalDelegationLock"/>, so two at the same moment
/// cannot both pass the checks.
/// </summary>
public sealed class ApprovalDelegationManager(
    IApprovalDelegationRepository delegations,
    UserManager<AppUser> users,
    IApprovalDelegationLock delegationLock,
    ISettingProvider settings,
    TimeProvider clock)
{
    public async Task<ApprovalDelegation> CreateAsync(
        Guid delegatorUserId, Guid delegateUserId, DateTimeOffset from, DateTimeOffset until, string? reason, CancellationToken cancellationToken = default)
    {
        CheckWindow(from, until);
        CheckNotSelf(delegatorUserId, delegateUserId);
        await CheckUsersAsync(delegatorUserId, delegateUserId);
        await delegationLock.EnterAsync(cancellationToken);
        await CheckChainsAsync(null, delegatorUserId, delegateUserId, from, until, cancellationToken);
        var delegation = new ApprovalDelegation(SequentialGuid.Create(), delegatorUserId, delegateUserId, from.ToUniversalTime(), until.ToUniversalTime(), Normalize(reason));
        await delegations.InsertAsync(delegation, cancellationToken);
        return delegation;
    }

    public async Task ChangeAsync(ApprovalDelegation delegation, DateTimeOffset from, DateTimeOffset until, string? reason, CancellationToken cancellationToken = default)
    {
        CheckNotRevoked(delegation);
        CheckWindow(from, until);
        await delegationLock.EnterAsync(cancellationToken);
        await CheckChainsAsync(delegation.Id, delegation.DelegatorUserId, delegation.DelegateUserId, from, until, cancellationToken);
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

    private async Task CheckChainsAsync(
        Guid? exceptId, Guid delegatorUserId, Guid delegateUserId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var others = (await delegations.GetUnrevokedListAsync(cancellationToken)).Where(d => d.Id != exceptId).ToList();
        if (ApprovalDelegationChains.ClosesCycle(delegatorUserId, delegateUserId, from, until, others))
        {
            throw new BusinessException(ApprovalDelegationErrorCodes.Cycle);
        }

        var max = await MaxChainLengthAsync(cancellationToken);
        if (ApprovalDelegationChainLength.Through(delegatorUserId, delegateUserId, from, until, others, max) > max)
        {
            throw new BusinessException(ApprovalDelegationErrorCodes.ChainTooLong, new Dictionary<string, object?> { ["max"] = max });
        }
    }

    private async Task<int> MaxChainLengthAsync(CancellationToken cancellationToken) =>
        int.TryParse(await settings.GetOrNullAsync(ApprovalSettings.MaxDelegationChainLength, cancellationToken), out var max) && max >= 1
            ? max
            : ApprovalDelegationConsts.DefaultMaxChainLength;
}

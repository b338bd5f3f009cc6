using System.Globalization;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Positions;
using MarketingSaaS.Settings;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity.Invitations;

public sealed class UserInvitationAppService(
    IRepository<UserInvitation, Guid> invitations,
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    UserRoleAssigner roleAssigner,
    ISettingValueStore settings,
    UserCountLimit userCountLimit,
    InvitationValidity validity,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IBackgroundJobManager jobs,
    IPositionRepository positions,
    PositionManager positionManager,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IUserInvitationAppService
{
    public async Task<IReadOnlyList<UserInvitationDto>> GetPendingListAsync(CancellationToken cancellationToken = default)
    {
        var list = await invitations.GetListAsync(i => i.Status == UserInvitationStatus.Pending, cancellationToken);
        return [.. list.OrderByDescending(i => i.Id).Select(ToDto)];
    }

    public async Task<UserInvitationDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await invitations.GetAsync(id, cancellationToken));

    public async Task<UserInvitationDto> InviteAsync(InviteUserDto input, CancellationToken cancellationToken = default)
    {
        var culture = input.Culture.Trim();
        if (!SettingValueValidator.IsSupportedCulture(culture))
        {
            throw new FieldValidationException("culture", SettingValueValidator.UnsupportedCulture);
        }

        var email = input.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.EmailTaken, new Dictionary<string, object?> { ["email"] = email });
        }

        if (await invitations.AnyAsync(i => i.Status == UserInvitationStatus.Pending && i.Email == email, cancellationToken))
        {
            throw new BusinessException(InvitationErrorCodes.AlreadyPending, new Dictionary<string, object?> { ["email"] = email });
        }

        var roleNames = await CheckRolesAsync(input.RoleNames);
        if (input.PositionId is { } positionId && await positions.FindAsync(positionId, cancellationToken) is null)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownPosition, new Dictionary<string, object?> { ["id"] = positionId });
        }

        await userCountLimit.CheckAsync(cancellationToken: cancellationToken);
        var (expiresAt, _) = await validity.ExpiryFromNowAsync(cancellationToken);
        var invitation = new UserInvitation(
            SequentialGuid.Create(), email, input.FamilyName.Trim(), input.GivenName.Trim(), roleNames, culture, expiresAt,
            currentUser.Id, input.PositionId, input.UserName);
        await invitations.InsertAsync(invitation, cancellationToken);
        await EnqueueMailAsync(invitation, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(invitation);
    }

    public async Task<UserInvitationDto> ResendAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var invitation = await GetPendingAsync(id, cancellationToken);
        invitation.DropToken((await validity.ExpiryFromNowAsync(cancellationToken)).ExpiresAt);
        await invitations.UpdateAsync(invitation, cancellationToken: cancellationToken);
        await EnqueueMailAsync(invitation, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(invitation);
    }

    public async Task RevokeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var invitation = await GetPendingAsync(id, cancellationToken);
        invitation.Revoke();
        await invitations.UpdateAsync(invitation, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<InvitationPreviewDto> PreviewAsync(string tenant, string token, CancellationToken cancellationToken = default)
    {
        var company = await FindTenantAsync(tenant, cancellationToken);
        using (currentTenant.Change(company.Id, company.Name))
        {
            var invitation = await FindUsableAsync(token, cancellationToken);
            var suggested = invitation.UserName ?? invitation.Email.Split('@')[0];
            var inviter = invitation.InvitedByUserId is { } inviterId ? await users.FindByIdAsync(inviterId.ToString()) : null;
            var inviterName = inviter?.DisplayName(CultureInfo.CurrentUICulture.Name) ?? "";
            return new InvitationPreviewDto(invitation.Email, DisplayName(invitation), invitation.Culture, suggested, inviterName, company.DisplayName ?? company.Name);
        }
    }

    public async Task<string> AcceptAsync(AcceptInvitationDto input, CancellationToken cancellationToken = default)
    {
        var company = await FindTenantAsync(input.Tenant, cancellationToken);
        using (currentTenant.Change(company.Id, company.Name))
        {
            var invitation = await FindUsableAsync(input.Token, cancellationToken);
            var userName = input.UserName.Trim();
            if (await users.FindByNameAsync(userName) is not null)
            {
                throw new BusinessException(MarketingSaaSErrorCodes.UserNameTaken, new Dictionary<string, object?> { ["userName"] = userName });
            }

            if (await users.FindByEmailAsync(invitation.Email) is not null)
            {
                throw new BusinessException(MarketingSaaSErrorCodes.EmailTaken, new Dictionary<string, object?> { ["email"] = invitation.Email });
            }

            await userCountLimit.CheckAsync(cancellationToken: cancellationToken);
            var user = new AppUser(SequentialGuid.Create(), userName, invitation.Email, DisplayName(invitation)) { EmailConfirmed = true };
            user.SetPersonName(invitation.FamilyName, invitation.GivenName, invitation.Culture);
            var created = await users.CreateAsync(user, input.Password);
            if (!created.Succeeded)
            {
                throw IdentityErrorMapper.ToException(created.Errors);
            }

            await roleAssigner.SetRolesAsync(user, invitation.GetRoleNames());
            (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
            await settings.SetAsync(SettingValueProviders.User, user.Id, MarketingSaaSSettings.Culture, invitation.Culture, cancellationToken);
            await TakePositionAsync(invitation, user, cancellationToken);
            invitation.Accept(user.Id);
            await invitations.UpdateAsync(invitation, cancellationToken: cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return userName;
        }
    }

    /// <summary>The invitation's position, when it still exists, gets the new user as a further holder.</summary>
    private async Task TakePositionAsync(UserInvitation invitation, AppUser user, CancellationToken cancellationToken)
    {
        if (invitation.PositionId is not { } positionId || await positions.FindWithDetailsAsync(positionId, cancellationToken) is not { } position)
        {
            return;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await positionManager.SetHoldersAsync(position, [.. position.Holders.Select(h => h.UserId), user.Id], user.Id, cancellationToken);
        await positions.UpdateAsync(position, cancellationToken: cancellationToken);
    }

    private async Task<UserInvitation> GetPendingAsync(Guid id, CancellationToken cancellationToken)
    {
        var invitation = await invitations.GetAsync(id, cancellationToken);
        return invitation.Status == UserInvitationStatus.Pending ? invitation : throw new BusinessException(InvitationErrorCodes.NotPending);
    }

    /// <summary>404 for a token this company never issued (or replaced by a resend); 422 when it can no longer be used.</summary>
    private async Task<UserInvitation> FindUsableAsync(string token, CancellationToken cancellationToken)
    {
        var hash = InvitationTokens.Hash(token.Trim());
        var invitation = (await invitations.GetListAsync(i => i.TokenHash == hash, cancellationToken)).SingleOrDefault()
            ?? throw new EntityNotFoundException(typeof(UserInvitation), null);
        return invitation.Status switch
        {
            UserInvitationStatus.Accepted => throw new BusinessException(InvitationErrorCodes.AlreadyAccepted),
            UserInvitationStatus.Revoked => throw new BusinessException(InvitationErrorCodes.Revoked),
            _ when invitation.IsExpired(clock.GetUtcNow()) => throw new BusinessException(InvitationErrorCodes.Expired),
            _ => invitation,
        };
    }

    private async Task<TenantCacheItem> FindTenantAsync(string slug, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(slug.Trim(), cancellationToken);
        return tenant is { IsActive: true } ? tenant : throw new EntityNotFoundException(typeof(UserInvitation), null);
    }

    private async Task EnqueueMailAsync(UserInvitation invitation, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(currentTenant.Id!.Value, cancellationToken)
            ?? throw new InvalidOperationException("The current company is unknown.");
        await jobs.EnqueueAsync(new SendInvitationEmailArgs(invitation.Id, tenant.Name, tenant.DisplayName ?? tenant.Name), cancellationToken: cancellationToken);
    }

    private async Task<List<string>> CheckRolesAsync(IEnumerable<string> roleNames)
    {
        var result = new List<string>();
        foreach (var name in roleNames.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var role = await roles.FindByNameAsync(name)
                ?? throw new BusinessException(MarketingSaaSErrorCodes.UnknownRole, new Dictionary<string, object?> { ["role"] = name });
            result.Add(role.Name!);
        }

        return result;
    }

    private static string DisplayName(UserInvitation i) => PersonNames.Display(i.FamilyName, i.GivenName, i.Culture);

    private UserInvitationDto ToDto(UserInvitation i) => new(
        i.Id, i.Email, i.FamilyName, i.GivenName, DisplayName(i), i.GetRoleNames(), i.Culture, i.Status,
        i.IsExpired(clock.GetUtcNow()), i.ExpiresAt, i.CreationTime, i.ConcurrencyStamp);
}

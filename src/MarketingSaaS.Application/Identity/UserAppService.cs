using System.Globalization;
using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

public sealed class UserAppService(
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    IAppUserRepository userRepository,
    UserRoleAssigner roleAssigner,
    PermissionGrantManager grants,
    ISettingValueStore settings,
    UserCountLimit userCountLimit,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IUserAppService
{
    /// <summary>"Locked until further notice"; a real date so that every database stores it.</summary>
    public static readonly DateTimeOffset LockedIndefinitely = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default)
    {
        var total = await userRepository.GetCountAsync(input.Filter, cancellationToken);
        var page = await userRepository.GetPagedListAsync(input.Filter, input.SkipCount, input.MaxResultCount, cancellationToken);
        var roleNames = await userRepository.GetRoleNamesAsync([.. page.Select(u => u.Id)], cancellationToken);
        return new PagedResultDto<UserDto>(total, [.. page.Select(u => ToDto(u, roleNames.GetValueOrDefault(u.Id) ?? []))]);
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await FindAsync(id));

    public async Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default)
    {
        await userCountLimit.CheckAsync(cancellationToken: cancellationToken);
        var userName = input.UserName.Trim();
        var email = input.Email.Trim();
        if (await users.FindByNameAsync(userName) is not null)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UserNameTaken, new Dictionary<string, object?> { ["userName"] = userName });
        }

        await CheckEmailFreeAsync(email, exceptUserId: null);
        var user = new AppUser(SequentialGuid.Create(), userName, email, "") { IsActive = input.IsActive };
        SetNames(user, input.Name, input.FamilyName, input.GivenName);
        (await users.CreateAsync(user, input.Password)).ThrowIfFailed();
        await roleAssigner.SetRolesAsync(user, input.RoleNames);
        // A new stamp ends the user's cookie sessions at their next check, so deactivation and role changes take effect.
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(user);
    }

    public async Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id);
        if (user.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            throw new ConcurrencyException(new InvalidOperationException($"User {id} was changed since the client read it."));
        }

        if (!input.IsActive)
        {
            ThrowIfSelf(id);
        }

        var email = input.Email.Trim();
        await CheckEmailFreeAsync(email, exceptUserId: id);
        SetNames(user, input.Name, input.FamilyName, input.GivenName);
        user.IsActive = input.IsActive;
        user.PhoneNumber = string.IsNullOrWhiteSpace(input.PhoneNumber) ? null : input.PhoneNumber.Trim();
        var result = string.Equals(user.Email, email, StringComparison.Ordinal)
            ? await users.UpdateAsync(user)
            : await users.SetEmailAsync(user, email);
        result.ThrowIfFailed();
        await roleAssigner.SetRolesAsync(user, input.RoleNames);
        // A new stamp ends the user's cookie sessions at their next check, so deactivation and role changes take effect.
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(user);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        ThrowIfSelf(id);
        var user = await FindAsync(id);
        await grants.SetAsync(PermissionGrantProviders.User, id.ToString(), [], cancellationToken);
        foreach (var name in (await settings.GetValuesAsync(SettingValueProviders.User, id, cancellationToken)).Keys)
        {
            await settings.SetAsync(SettingValueProviders.User, id, name, null, cancellationToken);
        }

        (await users.DeleteAsync(user)).ThrowIfFailed();
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<UserDto> LockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        ThrowIfSelf(id);
        var user = await FindAsync(id);
        await LockAsync(user);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(user);
    }

    public async Task<UserDto> UnlockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id);
        await UnlockAsync(user);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(user);
    }

    public async Task<BulkUserActionResultDto> BulkAsync(BulkUserActionDto input, CancellationToken cancellationToken = default)
    {
        var ids = input.UserIds.Distinct().ToList();
        if (input.Action == BulkUserAction.Lock && currentUser.Id is { } self && ids.Contains(self))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.CannotDeleteSelf);
        }

        var roleName = input.Action is BulkUserAction.AddRole or BulkUserAction.RemoveRole ? await FindRoleNameAsync(input.RoleName) : null;
        var found = new List<AppUser>(ids.Count);
        foreach (var id in ids)
        {
            // Another company's user is not found (tenant filter): 404, and the request's transaction keeps everyone unchanged.
            found.Add(await FindAsync(id));
        }

        var changed = 0;
        foreach (var user in found)
        {
            changed += await ApplyAsync(user, input.Action, roleName) ? 1 : 0;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        var roleNames = await userRepository.GetRoleNamesAsync(ids, cancellationToken);
        return new BulkUserActionResultDto(changed, [.. found.Select(u => ToDto(u, [.. (roleNames.GetValueOrDefault(u.Id) ?? []).Order(StringComparer.Ordinal)]))]);
    }

    public async Task ResetPasswordAsync(Guid id, ResetUserPasswordDto input, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id);
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, input.NewPassword)).Errors);
        }

        if (errors.Count > 0)
        {
            throw IdentityErrorMapper.ToException(errors);
        }

        if (await users.HasPasswordAsync(user))
        {
            (await users.RemovePasswordAsync(user)).ThrowIfFailed();
        }

        (await users.AddPasswordAsync(user, input.NewPassword)).ThrowIfFailed();
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <summary>True when the user changed (a locked user locked again, or a role they already have, is no change).</summary>
    private async Task<bool> ApplyAsync(AppUser user, BulkUserAction action, string? roleName)
    {
        var inRole = roleName is not null && await users.IsInRoleAsync(user, roleName);
        switch (action)
        {
            case BulkUserAction.Lock when !IsLockedOut(user):
                await LockAsync(user);
                return true;
            case BulkUserAction.Unlock when IsLockedOut(user):
                await UnlockAsync(user);
                return true;
            case BulkUserAction.AddRole when !inRole:
                (await users.AddToRoleAsync(user, roleName!)).ThrowIfFailed();
                (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
                return true;
            case BulkUserAction.RemoveRole when inRole:
                (await users.RemoveFromRoleAsync(user, roleName!)).ThrowIfFailed();
                (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
                return true;
            default:
                return false;
        }
    }

    private async Task LockAsync(AppUser user)
    {
        (await users.SetLockoutEnabledAsync(user, true)).ThrowIfFailed();
        (await users.SetLockoutEndDateAsync(user, LockedIndefinitely)).ThrowIfFailed();
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
    }

    private async Task UnlockAsync(AppUser user)
    {
        if (user.LockoutEnabled)
        {
            (await users.SetLockoutEndDateAsync(user, null)).ThrowIfFailed();
        }

        (await users.ResetAccessFailedCountAsync(user)).ThrowIfFailed();
    }

    private async Task<string> FindRoleNameAsync(string? name)
    {
        var role = string.IsNullOrWhiteSpace(name) ? null : await roles.FindByNameAsync(name.Trim());
        return role?.Name ?? throw new BusinessException(MarketingSaaSErrorCodes.UnknownRole, new Dictionary<string, object?> { ["role"] = name?.Trim() ?? "" });
    }

    private bool IsLockedOut(AppUser user) => user.LockoutEnabled && user.LockoutEnd > clock.GetUtcNow();

    private async Task<AppUser> FindAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);

    private void ThrowIfSelf(Guid id)
    {
        if (currentUser.Id == id)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.CannotDeleteSelf);
        }
    }

    /// <summary>
    /// Family and given name, when either is given, make up the stored name (in the admin's language's order; readers
    /// see it in theirs). Without them the typed name is stored as it is and earlier parts are dropped, so what the admin
    /// typed is what everyone reads.
    /// </summary>
    private static void SetNames(AppUser user, string? name, string? familyName, string? givenName)
    {
        if (string.IsNullOrWhiteSpace(familyName) && string.IsNullOrWhiteSpace(givenName))
        {
            user.SetPersonName(null, null, null);
            user.Name = name!.Trim();
            return;
        }

        user.SetPersonName(familyName, givenName, CultureInfo.CurrentUICulture.Name);
    }

    private async Task CheckEmailFreeAsync(string email, Guid? exceptUserId)
    {
        var owner = await users.FindByEmailAsync(email);
        if (owner is not null && owner.Id != exceptUserId)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.EmailTaken, new Dictionary<string, object?> { ["email"] = email });
        }
    }

    private async Task<UserDto> ToDtoAsync(AppUser user) =>
        ToDto(user, [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)]);

    private UserDto ToDto(AppUser user, IReadOnlyList<string> roleNames) => new(
        user.Id,
        user.UserName!,
        user.Name,
        user.FamilyName,
        user.GivenName,
        user.Email,
        user.PhoneNumber,
        user.IsActive,
        IsLockedOut(user),
        user.LockoutEnd,
        roleNames,
        user.CreationTime,
        user.ConcurrencyStamp ?? "");
}

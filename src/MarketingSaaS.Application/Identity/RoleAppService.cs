using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Identity;

public sealed class RoleAppService(
    RoleManager<AppRole> roles,
    UserManager<AppUser> users,
    IAppRoleRepository roleRepository,
    PermissionGrantManager grants,
    IUnitOfWork unitOfWork,
    IStringLocalizer localizer) : IRoleAppService
{
    public async Task<IReadOnlyList<RoleDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        [.. (await roleRepository.GetListAsync(cancellationToken)).Select(ToDto)];

    public async Task<RoleDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await FindAsync(id));

    public async Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken cancellationToken = default)
    {
        var name = input.Name.Trim();
        await CheckNameFreeAsync(name, exceptRoleId: null);
        var role = new AppRole(SequentialGuid.Create(), name);
        (await roles.CreateAsync(role)).ThrowIfFailed();
        return ToDto(role);
    }

    public async Task<RoleDto> UpdateAsync(Guid id, UpdateRoleDto input, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(id);
        if (role.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            throw new ConcurrencyException(new InvalidOperationException($"Role {id} was changed since the client read it."));
        }

        var oldName = role.Name!;
        var newName = input.Name.Trim();
        if (string.Equals(oldName, newName, StringComparison.Ordinal))
        {
            return ToDto(role);
        }

        ThrowIfStatic(role);
        await CheckNameFreeAsync(newName, exceptRoleId: id);
        var granted = await grants.GetGrantedAsync(PermissionGrantProviders.Role, oldName, cancellationToken);
        await EndMemberSessionsAsync(oldName);
        (await roles.SetRoleNameAsync(role, newName)).ThrowIfFailed();
        (await roles.UpdateAsync(role)).ThrowIfFailed();
        await grants.SetAsync(PermissionGrantProviders.Role, oldName, [], cancellationToken);
        await grants.SetAsync(PermissionGrantProviders.Role, newName, granted, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(role);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(id);
        ThrowIfStatic(role);
        await grants.SetAsync(PermissionGrantProviders.Role, role.Name!, [], cancellationToken);
        await EndMemberSessionsAsync(role.Name!);
        (await roles.DeleteAsync(role)).ThrowIfFailed();
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sessions carry role names as claims; a renamed or deleted role must not live on in them.</summary>
    private async Task EndMemberSessionsAsync(string roleName)
    {
        foreach (var member in await users.GetUsersInRoleAsync(roleName))
        {
            (await users.UpdateSecurityStampAsync(member)).ThrowIfFailed();
        }
    }

    private async Task<AppRole> FindAsync(Guid id) =>
        await roles.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppRole), id);

    private async Task CheckNameFreeAsync(string name, Guid? exceptRoleId)
    {
        var existing = await roles.FindByNameAsync(name);
        if (existing is not null && existing.Id != exceptRoleId)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.RoleNameTaken, new Dictionary<string, object?> { ["role"] = name });
        }
    }

    private static void ThrowIfStatic(AppRole role)
    {
        if (role.IsStatic)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.StaticRoleCannotBeChanged, new Dictionary<string, object?> { ["role"] = role.Name });
        }
    }

    private RoleDto ToDto(AppRole role)
    {
        var displayName = role.IsStatic ? localizer["Role:" + role.Name] : null;
        return new RoleDto(role.Id, role.Name!, displayName is { ResourceNotFound: false } ? displayName.Value : role.Name!, role.IsStatic, role.ConcurrencyStamp ?? "");
    }
}

namespace MarketingSaaS.Identity;

/// <summary>A tenant admin manages the company's roles; the built-in ones cannot be renamed or deleted.</summary>
public interface IRoleAppService
{
    Task<IReadOnlyList<RoleDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<RoleDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken cancellationToken = default);

    /// <summary>Renames the role; its permission grants move with it.</summary>
    Task<RoleDto> UpdateAsync(Guid id, UpdateRoleDto input, CancellationToken cancellationToken = default);

    /// <summary>Deletes the role, its grants and its memberships.</summary>
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}

namespace MarketingSaaS.Identity;

/// <summary>The user queries UserManager does not offer: paged search and role names of many users at once.</summary>
public interface IAppUserRepository
{
    Task<long> GetCountAsync(string? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Users whose user name, name or e-mail contains <paramref name="filter"/>, ordered by user name.</summary>
    Task<List<AppUser>> GetPagedListAsync(string? filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}

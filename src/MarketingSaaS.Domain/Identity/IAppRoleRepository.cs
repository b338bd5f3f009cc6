namespace MarketingSaaS.Identity;

public interface IAppRoleRepository
{
    /// <summary>All roles of the current tenant, ordered by name.</summary>
    Task<List<AppRole>> GetListAsync(CancellationToken cancellationToken = default);
}

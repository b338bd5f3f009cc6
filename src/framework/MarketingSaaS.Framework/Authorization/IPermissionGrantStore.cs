namespace MarketingSaaS.Framework.Authorization;

/// <summary>Grants of the current tenant. Provider "R" = role (key: role name), "U" = user (key: user id).</summary>
public interface IPermissionGrantStore
{
    Task<IReadOnlyCollection<string>> GetGrantedNamesAsync(string providerName, string providerKey, CancellationToken cancellationToken = default);
}

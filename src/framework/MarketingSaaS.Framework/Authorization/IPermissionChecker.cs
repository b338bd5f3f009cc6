namespace MarketingSaaS.Framework.Authorization;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string permissionName, CancellationToken cancellationToken = default);

    Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken cancellationToken = default);
}

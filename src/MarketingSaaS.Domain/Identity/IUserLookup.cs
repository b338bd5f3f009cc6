namespace MarketingSaaS.Identity;

/// <summary>Reads the current tenant's users for other aggregates (org chart holders, approvers).</summary>
public interface IUserLookup
{
    Task<IReadOnlySet<Guid>> FindExistingAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken = default);
}

namespace MarketingSaaS.Identity;

/// <summary>Reads the current tenant's users for other aggregates (org chart holders, approvers).</summary>
public interface IUserLookup
{
    Task<IReadOnlySet<Guid>> FindExistingAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken = default);

    /// <summary>User ids by user name (case-insensitive), for the names that exist.</summary>
    Task<IReadOnlyDictionary<string, Guid>> FindByUserNamesAsync(IEnumerable<string> userNames, CancellationToken cancellationToken = default);

    /// <summary>Which of the e-mail addresses (case-insensitive) a user of the tenant already has.</summary>
    Task<IReadOnlySet<string>> FindExistingEmailsAsync(IEnumerable<string> emails, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<Guid, string>> GetUserNamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken = default);

    /// <summary>Display names in the current UI culture's order (李娜 / "Na Li"; the stored name when family and given name are unknown).</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken = default);

    /// <summary>The company's active users (id, display name, user name), by display name.</summary>
    Task<IReadOnlyList<UserSummary>> GetActiveListAsync(CancellationToken cancellationToken = default);
}

public sealed record UserSummary(Guid Id, string Name, string UserName);

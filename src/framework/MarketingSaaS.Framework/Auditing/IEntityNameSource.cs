namespace MarketingSaaS.Framework.Auditing;

/// <summary>
/// The own names (title, name) of one kind of audited entity, for the audit log. A module registers one per entity
/// type it wants named; each call answers a whole page's ids of that type in one query.
/// </summary>
public interface IEntityNameSource
{
    /// <summary>The entity's class name as the change log stores it, e.g. "ApprovalRequest".</summary>
    string EntityType { get; }

    /// <summary>When set, a name is shown as the text of the localization key prefix + name where one exists (e.g. "Setting:").</summary>
    string? NameKeyPrefix => null;

    /// <summary>Names by entity id (as the log writes it) for the ids still found in the current tenant; others are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> GetNamesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);
}

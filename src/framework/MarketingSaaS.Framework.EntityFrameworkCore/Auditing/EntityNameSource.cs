using System.Globalization;
using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Framework.EntityFrameworkCore.Auditing;

/// <summary>An entity's id and its own name, as an <see cref="EntityNameSource{TContext, TEntity}"/> query selects them.</summary>
public sealed record EntityName(Guid Id, string Name);

/// <summary>
/// Names the entities of one Guid-keyed type with one query per call: <c>select</c> filters the set (the tenant
/// filter applies; soft-deleted rows are included, they keep their name) to the given ids and projects each to an <see cref="EntityName"/>.
/// </summary>
public sealed class EntityNameSource<TContext, TEntity>(
    IDbContextProvider<TContext> contexts,
    Func<IQueryable<TEntity>, List<Guid>, IQueryable<EntityName>> select,
    string? nameKeyPrefix = null) : IEntityNameSource
    where TContext : MarketingDbContext
    where TEntity : class
{
    public string EntityType => typeof(TEntity).Name;

    public string? NameKeyPrefix => nameKeyPrefix;

    public async Task<IReadOnlyDictionary<string, string>> GetNamesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        List<Guid> ids = [.. entityIds.Select(id => Guid.TryParse(id, CultureInfo.InvariantCulture, out var guid) ? guid : Guid.Empty).Where(g => g != Guid.Empty).Distinct()];
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var set = (await contexts.GetDbContextAsync(cancellationToken)).Set<TEntity>().IgnoreQueryFilters([DataFilterNames.SoftDelete]);
        var names = await select(set, ids).AsNoTracking().ToListAsync(cancellationToken);
        return names.ToDictionary(n => n.Id.ToString(), n => n.Name);
    }
}

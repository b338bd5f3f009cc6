using System.Globalization;
using MarketingSaaS.AuditLogging;
using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.AuditLogging;

/// <summary>
/// Change-log rows of the current tenant (the tenant filter, and row-level security on PostgreSQL, apply).
/// SQLite cannot compare or order DateTimeOffset columns, so time is read from the ids instead: the
/// recorder gives each row a version 7 Guid made from its change time, whose leading 48 bits are that
/// time in Unix milliseconds, so id order is time order on both providers (to the millisecond).
/// </summary>
internal sealed class EntityChangeLogRepository(IDbContextProvider<PlatformDbContext> contextProvider)
    : EfRepository<PlatformDbContext, EntityChangeLog, Guid>(contextProvider), IEntityChangeLogRepository
{
    public async Task<long> GetCountAsync(EntityChangeLogFilter filter, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(filter, cancellationToken)).LongCountAsync(cancellationToken);

    public async Task<List<EntityChangeLog>> GetPagedListAsync(EntityChangeLogFilter filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(filter, cancellationToken))
            .OrderByDescending(e => e.Id)
            .Skip(skipCount).Take(maxResultCount)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

    public async Task<List<AuditLogPerson>> GetPeopleAsync(CancellationToken cancellationToken = default) =>
        [.. (await (await GetQueryableAsync(cancellationToken))
            .Where(e => e.UserId != null)
            .GroupBy(e => e.UserId)
            .Select(g => new { UserId = g.Key!.Value, UserName = g.Max(e => e.UserName) })
            .ToListAsync(cancellationToken))
            .Select(p => new AuditLogPerson(p.UserId, p.UserName))];

    public async Task<List<string>> GetEntityTypesAsync(CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).Select(e => e.EntityType).Distinct().ToListAsync(cancellationToken);

    private async Task<IQueryable<EntityChangeLog>> QueryAsync(EntityChangeLogFilter filter, CancellationToken cancellationToken)
    {
        var query = await GetQueryableAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(e => e.EntityId == filter.EntityId);
        }

        if (filter.UserId is { } userId)
        {
            query = query.Where(e => e.UserId == userId);
        }

        if (filter.From is { } from)
        {
            var lowest = FirstIdAt(from);
            query = query.Where(e => e.Id.CompareTo(lowest) >= 0);
        }

        if (filter.To is { } to)
        {
            var beyond = FirstIdAt(to < DateTimeOffset.MaxValue.AddMilliseconds(-1) ? to.AddMilliseconds(1) : to);
            query = query.Where(e => e.Id.CompareTo(beyond) < 0);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = query.Where(e => e.EntityType.Contains(text) || e.EntityId.Contains(text) || (e.UserName != null && e.UserName.Contains(text)));
        }

        return query;
    }

    /// <summary>The smallest version 7 Guid of the millisecond <paramref name="time"/> falls in.</summary>
    internal static Guid FirstIdAt(DateTimeOffset time)
    {
        var milliseconds = Math.Clamp(time.ToUnixTimeMilliseconds(), 0, (1L << 48) - 1);
        var hex = milliseconds.ToString("x12", CultureInfo.InvariantCulture);
        return Guid.Parse($"{hex[..8]}-{hex[8..]}-7000-8000-000000000000");
    }
}

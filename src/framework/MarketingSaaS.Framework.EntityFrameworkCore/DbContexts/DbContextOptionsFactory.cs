using System.Collections.Concurrent;
using MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>
/// Builds (once per connection string and context type) the options for a provider.
/// EF's check for model changes without a migration (<see cref="RelationalEventId.PendingModelChangesWarning"/>) is off:
/// at every migrate it built the model again from the migrations' snapshot and compared both (about 0.2 s of a first
/// start for the platform's context). The tests make that check for every context and provider instead
/// (<c>ModelSnapshotTests</c>); see docs/startup.md.
/// </summary>
public sealed class DbContextOptionsFactory(PostgreSqlTenantSessionInterceptor tenantSessionInterceptor)
{
    private readonly ConcurrentDictionary<(Type, string), DbContextOptions> _cache = new();

    public DbContextOptions GetOptions(Type contextType, string connectionString, DatabaseProvider provider, string historyTable, string? historySchema = null) =>
        _cache.GetOrAdd((contextType, connectionString), _ => Build(connectionString, provider, historyTable, historySchema));

    /// <param name="historySchema">PostgreSQL only (SQLite has no schemas; a module's history table carries its name).</param>
    private DbContextOptions Build(string connectionString, DatabaseProvider provider, string historyTable, string? historySchema)
    {
        var builder = new DbContextOptionsBuilder()
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        if (provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable(historyTable));
        }
        else
        {
            builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(historyTable, historySchema));
            builder.AddInterceptors(tenantSessionInterceptor);
        }

        return builder.Options;
    }
}

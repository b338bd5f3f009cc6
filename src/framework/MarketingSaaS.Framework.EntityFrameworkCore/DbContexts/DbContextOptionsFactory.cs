using System.Collections.Concurrent;
using MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>Builds (once per connection string and context type) the options for a provider.</summary>
public sealed class DbContextOptionsFactory(PostgreSqlTenantSessionInterceptor tenantSessionInterceptor)
{
    private readonly ConcurrentDictionary<(Type, string), DbContextOptions> _cache = new();

    public DbContextOptions GetOptions(Type contextType, string connectionString, DatabaseProvider provider, string historyTable, string? historySchema = null) =>
        _cache.GetOrAdd((contextType, connectionString), _ => Build(connectionString, provider, historyTable, historySchema));

    /// <param name="historySchema">PostgreSQL only (SQLite has no schemas; a module's history table carries its name).</param>
    private DbContextOptions Build(string connectionString, DatabaseProvider provider, string historyTable, string? historySchema)
    {
        var builder = new DbContextOptionsBuilder();
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

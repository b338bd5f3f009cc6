using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>
/// How to build one DbContext type for each provider. Each provider has its own derived context type
/// so that each keeps its own migrations (EF Core's documented multi-provider layout).
/// </summary>
public sealed class MarketingDbContextRegistration<TContext>(
    Func<DbContextOptions, MarketingDbContextDependencies, TContext> createSqlite,
    Func<DbContextOptions, MarketingDbContextDependencies, TContext> createPostgreSql,
    string migrationsHistoryTable,
    Type sqliteContextType,
    Type postgreSqlContextType,
    string? migrationsHistorySchema = null) : IMigratableDbContextRegistration
    where TContext : MarketingDbContext
{
    public string MigrationsHistoryTable { get; } = migrationsHistoryTable;

    public string? MigrationsHistorySchema { get; } = migrationsHistorySchema;

    public Type ContextType => typeof(TContext);

    public Type ContextTypeFor(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? sqliteContextType : postgreSqlContextType;

    MarketingDbContext IMigratableDbContextRegistration.Create(DbContextOptions options, MarketingDbContextDependencies dependencies, DatabaseProvider provider) =>
        Create(options, dependencies, provider);

    public TContext Create(DbContextOptions options, MarketingDbContextDependencies dependencies, DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? createSqlite(options, dependencies) : createPostgreSql(options, dependencies);

    public MarketingDbContext Create(string connectionString, MarketingDbContextDependencies dependencies, DbContextOptionsFactory optionsFactory)
    {
        var provider = DatabaseProviderDetector.Detect(connectionString);
        return Create(optionsFactory.GetOptions(typeof(TContext), connectionString, provider, MigrationsHistoryTable, MigrationsHistorySchema), dependencies, provider);
    }
}

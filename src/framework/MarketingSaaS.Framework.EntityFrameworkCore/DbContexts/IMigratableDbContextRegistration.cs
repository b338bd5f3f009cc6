using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>Lets the migrator find every module's DbContext without knowing the modules.</summary>
public interface IMigratableDbContextRegistration
{
    Type ContextType { get; }

    string MigrationsHistoryTable { get; }

    /// <summary>The history table's schema on PostgreSQL (a module's schema); null: the connection's default schema.</summary>
    string? MigrationsHistorySchema { get; }

    MarketingDbContext Create(string connectionString, MarketingDbContextDependencies dependencies, DbContextOptionsFactory optionsFactory);

    /// <summary>The provider's subclass that carries its migrations (<c>SqliteEventsDbContext</c>, <c>PostgreSqlEventsDbContext</c>).</summary>
    Type ContextTypeFor(DatabaseProvider provider);

    MarketingDbContext Create(DbContextOptions options, MarketingDbContextDependencies dependencies, DatabaseProvider provider);
}

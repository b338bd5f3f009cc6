using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

public static class MarketingDbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext: <typeparamref name="TSqlite"/> and <typeparamref name="TPostgreSql"/>
    /// are the provider-specific subclasses that carry the migrations.
    /// </summary>
    public static IServiceCollection AddMarketingDbContext<TContext, TSqlite, TPostgreSql>(
        this IServiceCollection services,
        Func<DbContextOptions, MarketingDbContextDependencies, TSqlite> createSqlite,
        Func<DbContextOptions, MarketingDbContextDependencies, TPostgreSql> createPostgreSql,
        string migrationsHistoryTable)
        where TContext : MarketingDbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
    {
        var registration = new MarketingDbContextRegistration<TContext>(
            createSqlite, createPostgreSql, migrationsHistoryTable, typeof(TSqlite), typeof(TPostgreSql));
        return services.AddRegistration(registration);
    }

    /// <summary>
    /// Registers a module's DbContext (one whose <c>ModuleName</c> is <paramref name="moduleName"/>): its history table
    /// is <c>__&lt;Module&gt;MigrationsHistory</c>, on PostgreSQL in the module's schema (<see cref="ModuleTables"/>).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgreSql>(
        this IServiceCollection services,
        string moduleName,
        Func<DbContextOptions, MarketingDbContextDependencies, TSqlite> createSqlite,
        Func<DbContextOptions, MarketingDbContextDependencies, TPostgreSql> createPostgreSql)
        where TContext : MarketingDbContext
        where TSqlite : TContext
        where TPostgreSql : TContext =>
        services.AddRegistration(new MarketingDbContextRegistration<TContext>(
            createSqlite, createPostgreSql, ModuleTables.HistoryTable(moduleName), typeof(TSqlite), typeof(TPostgreSql),
            ModuleTables.Schema(moduleName)));

    private static IServiceCollection AddRegistration<TContext>(this IServiceCollection services, MarketingDbContextRegistration<TContext> registration)
        where TContext : MarketingDbContext
    {
        services.AddSingleton(registration);
        services.AddSingleton<IMigratableDbContextRegistration>(registration);
        return services;
    }
}

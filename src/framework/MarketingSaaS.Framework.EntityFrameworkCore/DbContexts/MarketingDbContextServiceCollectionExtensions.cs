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
        services.AddSingleton(registration);
        services.AddSingleton<IMigratableDbContextRegistration>(registration);
        return services;
    }
}

using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.EntityFrameworkCore.Repositories;

public static class RepositoryServiceCollectionExtensions
{
    /// <summary>The default repository of an entity that needs no queries of its own.</summary>
    public static IServiceCollection AddDefaultRepository<TContext, TEntity, TKey>(this IServiceCollection services)
        where TContext : MarketingDbContext
        where TEntity : Entity<TKey>
        where TKey : notnull =>
        services.AddScoped<IRepository<TEntity, TKey>, EfRepository<TContext, TEntity, TKey>>();
}

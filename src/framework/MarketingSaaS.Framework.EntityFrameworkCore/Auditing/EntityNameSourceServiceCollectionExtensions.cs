using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.EntityFrameworkCore.Auditing;

public static class EntityNameSourceServiceCollectionExtensions
{
    /// <summary>Lets the audit log show <typeparamref name="TEntity"/>'s own name, e.g. <c>(set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Title))</c>.</summary>
    public static IServiceCollection AddEntityNameSource<TContext, TEntity>(
        this IServiceCollection services, Func<IQueryable<TEntity>, List<Guid>, IQueryable<EntityName>> select, string? nameKeyPrefix = null)
        where TContext : MarketingDbContext
        where TEntity : class =>
        services.AddScoped<IEntityNameSource>(sp => new EntityNameSource<TContext, TEntity>(sp.GetRequiredService<IDbContextProvider<TContext>>(), select, nameKeyPrefix));
}

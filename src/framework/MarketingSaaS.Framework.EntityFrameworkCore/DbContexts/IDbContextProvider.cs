namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>The scope's DbContext for the current tenant's database (one per connection string).</summary>
public interface IDbContextProvider<TContext>
    where TContext : MarketingDbContext
{
    Task<TContext> GetDbContextAsync(CancellationToken cancellationToken = default);
}

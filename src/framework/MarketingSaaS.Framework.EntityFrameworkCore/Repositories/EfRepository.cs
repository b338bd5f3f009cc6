using System.Linq.Expressions;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Framework.EntityFrameworkCore.Repositories;

public class EfRepository<TContext, TEntity, TKey>(IDbContextProvider<TContext> contextProvider) : IRepository<TEntity, TKey>
    where TContext : MarketingDbContext
    where TEntity : Entity<TKey>
    where TKey : notnull
{
    protected IDbContextProvider<TContext> ContextProvider { get; } = contextProvider;

    protected Task<TContext> GetDbContextAsync(CancellationToken cancellationToken) => ContextProvider.GetDbContextAsync(cancellationToken);

    public async Task<IQueryable<TEntity>> GetQueryableAsync(CancellationToken cancellationToken = default) =>
        (await GetDbContextAsync(cancellationToken)).Set<TEntity>();

    public async Task<List<TEntity>> GetListAsync(Expression<Func<TEntity, bool>> predicate, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).Where(predicate).ToListAsync(cancellationToken);

    public async Task<bool> AnyAsync(Expression<Func<TEntity, bool>> predicate, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).AnyAsync(predicate, cancellationToken);

    public async Task<int> CountAsync(Expression<Func<TEntity, bool>>? predicate = null, CancellationToken cancellationToken = default)
    {
        var query = await GetQueryableAsync(cancellationToken);
        return await (predicate is null ? query : query.Where(predicate)).CountAsync(cancellationToken);
    }

    public async Task<TEntity?> FindAsync(TKey id, CancellationToken cancellationToken = default)
    {
        var query = await GetQueryableAsync(cancellationToken);
        return await query.FirstOrDefaultAsync(e => e.Id.Equals(id), cancellationToken);
    }

    public async Task<TEntity> GetAsync(TKey id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(TEntity), id);

    public async Task InsertAsync(TEntity entity, CancellationToken cancellationToken = default) =>
        (await GetDbContextAsync(cancellationToken)).Add(entity);

    public async Task UpdateAsync(TEntity entity, string? expectedConcurrencyStamp = null, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        var entry = context.Entry(entity);
        if (entry.State == EntityState.Detached)
        {
            context.Update(entity);
        }
        else if (entry.State == EntityState.Unchanged && entity is IHasConcurrencyStamp)
        {
            // Only children changed: the aggregate as a whole did, so its stamp is checked and renewed.
            entry.State = EntityState.Modified;
        }

        if (expectedConcurrencyStamp is not null && entity is IHasConcurrencyStamp)
        {
            entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).OriginalValue = expectedConcurrencyStamp;
        }
    }

    public async Task DeleteAsync(TEntity entity, CancellationToken cancellationToken = default) =>
        (await GetDbContextAsync(cancellationToken)).Remove(entity);
}

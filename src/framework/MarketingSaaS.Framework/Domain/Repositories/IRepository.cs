using System.Linq.Expressions;
using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Framework.Domain.Repositories;

/// <summary>Tenant and soft-delete filters apply to every method. Changes are saved by <see cref="Uow.IUnitOfWork"/>.</summary>
public interface IRepository<TEntity, in TKey>
    where TEntity : Entity<TKey>
    where TKey : notnull
{
    Task<IQueryable<TEntity>> GetQueryableAsync(CancellationToken cancellationToken = default);

    Task<List<TEntity>> GetListAsync(Expression<Func<TEntity, bool>> predicate, CancellationToken cancellationToken = default);

    Task<bool> AnyAsync(Expression<Func<TEntity, bool>> predicate, CancellationToken cancellationToken = default);

    Task<int> CountAsync(Expression<Func<TEntity, bool>>? predicate = null, CancellationToken cancellationToken = default);

    Task<TEntity?> FindAsync(TKey id, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="EntityNotFoundException"/> (404) when missing or another tenant's.</summary>
    Task<TEntity> GetAsync(TKey id, CancellationToken cancellationToken = default);

    Task InsertAsync(TEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Marks the entity changed and, for aggregates, checks it against the stamp the client read.</summary>
    Task UpdateAsync(TEntity entity, string? expectedConcurrencyStamp = null, CancellationToken cancellationToken = default);

    Task DeleteAsync(TEntity entity, CancellationToken cancellationToken = default);
}

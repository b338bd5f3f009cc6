namespace MarketingSaaS.Framework.Uow;

/// <summary>Disposed without <see cref="CommitAsync"/>: everything is rolled back.</summary>
public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);
}

namespace MarketingSaaS.Framework.Uow;

/// <summary>Saves every DbContext the current scope used; one database means one transaction.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a transaction on every DbContext the scope uses from now on, for use cases that save
    /// several times (e.g. through ASP.NET Core Identity) but must succeed or fail as a whole.
    /// </summary>
    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
}

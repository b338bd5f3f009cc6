namespace MarketingSaaS.Framework.Uow;

/// <summary>Saves every DbContext the current scope used; one database means one transaction.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a transaction on every DbContext the scope uses from now on. Every state-changing request and every
    /// background-job run already runs in one (see docs/framework.md, "Unit of work"); code that may also run
    /// elsewhere (a seeder) opens its own, which joins the running one when there is one.
    /// </summary>
    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
}

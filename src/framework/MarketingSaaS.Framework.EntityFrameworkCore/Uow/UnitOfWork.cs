using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MarketingSaaS.Framework.EntityFrameworkCore.Uow;

public sealed class UnitOfWork : IUnitOfWork
{
    private readonly List<DbContext> _contexts = [];
    private readonly List<IDbContextTransaction> _transactions = [];
    private bool _inTransaction;

    internal async Task EnlistAsync(DbContext context, CancellationToken cancellationToken)
    {
        _contexts.Add(context);
        if (_inTransaction)
        {
            _transactions.Add(await context.Database.BeginTransactionAsync(cancellationToken));
        }
    }

    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (var context in _contexts)
            {
                await context.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrencyException(e);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw new DuplicateKeyException(e);
        }
    }

    public async Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        if (_inTransaction)
        {
            throw new InvalidOperationException("A transaction is already open in this unit of work.");
        }

        _inTransaction = true;
        foreach (var context in _contexts)
        {
            _transactions.Add(await context.Database.BeginTransactionAsync(cancellationToken));
        }

        return new Transaction(this);
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        await SaveChangesAsync(cancellationToken);
        foreach (var transaction in _transactions)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        await EndAsync(rolledBack: false);
    }

    private async Task EndAsync(bool rolledBack)
    {
        foreach (var transaction in _transactions)
        {
            await transaction.DisposeAsync();
        }

        _transactions.Clear();
        if (rolledBack)
        {
            foreach (var context in _contexts)
            {
                context.ChangeTracker.Clear();
            }
        }

        _inTransaction = false;
    }

    private sealed class Transaction(UnitOfWork owner) : IUnitOfWorkTransaction
    {
        private bool _done;

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await owner.CommitAsync(cancellationToken);
            _done = true;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_done)
            {
                await owner.EndAsync(rolledBack: true);
            }
        }
    }
}

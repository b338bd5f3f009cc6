using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MarketingSaaS.Framework.EntityFrameworkCore.Uow;

/// <summary>
/// The DbContexts of one scope (the platform's and each module's). Contexts on the same database share one
/// connection and, inside <see cref="BeginTransactionAsync"/>, one transaction: a module's rows, the platform's
/// rows and the jobs they enqueue commit together, and SQLite (which locks the file for a writing transaction)
/// never sees one context wait for another's lock. Contexts on different databases commit one after the other.
/// A transaction begun while one is open joins it: its commit only saves, the outermost commit commits, and a
/// joined transaction left without a commit makes the outermost one roll back.
/// </summary>
public sealed class UnitOfWork : IUnitOfWork
{
    private readonly List<EnlistedContext> _contexts = [];
    private readonly Dictionary<string, IDbContextTransaction> _transactions = new(StringComparer.Ordinal);
    private bool _inTransaction;
    private bool _rollbackOnly;

    public bool IsInTransaction => _inTransaction;

    internal async Task EnlistAsync(DbContext context, string connectionString, CancellationToken cancellationToken)
    {
        var sharing = _contexts.Find(c => c.ConnectionString == connectionString);
        if (sharing is not null)
        {
            context.Database.SetDbConnection(sharing.Context.Database.GetDbConnection(), contextOwnsConnection: false);
        }

        var enlisted = new EnlistedContext(context, connectionString);
        _contexts.Add(enlisted);
        if (_inTransaction)
        {
            await BeginOrJoinAsync(enlisted, cancellationToken);
        }
    }

    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (var enlisted in _contexts)
            {
                await enlisted.Context.SaveChangesAsync(cancellationToken);
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
            return new JoinedTransaction(this);
        }

        _inTransaction = true;
        _rollbackOnly = false;
        foreach (var enlisted in _contexts)
        {
            await BeginOrJoinAsync(enlisted, cancellationToken);
        }

        return new Transaction(this);
    }

    private async Task BeginOrJoinAsync(EnlistedContext enlisted, CancellationToken cancellationToken)
    {
        // A failed save ends the whole unit of work (nothing goes on after it), so EF's savepoint around each save
        // would only cost three more round trips per save.
        enlisted.Context.Database.AutoSavepointsEnabled = false;
        if (_transactions.TryGetValue(enlisted.ConnectionString, out var running))
        {
            await enlisted.Context.Database.UseTransactionAsync(running.GetDbTransaction(), cancellationToken);
            enlisted.JoinedTransaction = true;
            return;
        }

        _transactions[enlisted.ConnectionString] = await enlisted.Context.Database.BeginTransactionAsync(cancellationToken);
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_rollbackOnly)
        {
            await EndAsync(rolledBack: true);
            throw new InvalidOperationException("A transaction joined to this unit of work's transaction ended without committing; everything was rolled back.");
        }

        await SaveChangesAsync(cancellationToken);
        foreach (var transaction in _transactions.Values)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        await EndAsync(rolledBack: false);
    }

    private async Task EndAsync(bool rolledBack)
    {
        foreach (var enlisted in _contexts.Where(c => c.JoinedTransaction))
        {
            await enlisted.Context.Database.UseTransactionAsync(null);
            enlisted.JoinedTransaction = false;
        }

        foreach (var transaction in _transactions.Values)
        {
            await transaction.DisposeAsync();
        }

        _transactions.Clear();
        if (rolledBack)
        {
            foreach (var enlisted in _contexts)
            {
                enlisted.Context.ChangeTracker.Clear();
            }
        }

        _inTransaction = false;
    }

    private sealed class EnlistedContext(DbContext context, string connectionString)
    {
        public DbContext Context { get; } = context;

        public string ConnectionString { get; } = connectionString;

        public bool JoinedTransaction { get; set; }
    }

    private sealed class JoinedTransaction(UnitOfWork owner) : IUnitOfWorkTransaction
    {
        private bool _done;

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await owner.SaveChangesAsync(cancellationToken);
            _done = true;
        }

        public ValueTask DisposeAsync()
        {
            if (!_done)
            {
                owner._rollbackOnly = true;
            }

            return ValueTask.CompletedTask;
        }
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

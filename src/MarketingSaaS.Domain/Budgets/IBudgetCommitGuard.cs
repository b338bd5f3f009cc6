namespace MarketingSaaS.Budgets;

/// <summary>
/// Serializes commitments against one budget. <see cref="EnterAsync"/> is called before the remaining amount is
/// checked: it takes a row lock on the budget when a transaction is open (PostgreSQL), re-reads the budget, and marks
/// it changed so that saving checks and renews its concurrency stamp (a parallel commitment then fails with 409).
/// </summary>
public interface IBudgetCommitGuard
{
    Task EnterAsync(Budget budget, CancellationToken cancellationToken = default);
}

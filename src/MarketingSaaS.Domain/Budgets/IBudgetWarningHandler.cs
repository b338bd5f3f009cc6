namespace MarketingSaaS.Budgets;

/// <summary>
/// Hears each new <see cref="BudgetWarning"/> (e.g. to notify the unit heads). Registered scoped; called inside the
/// unit of work that recorded the warning, before saving: a handler that throws fails the commitment or expense,
/// so handlers that send messages should only enqueue them.
/// </summary>
public interface IBudgetWarningHandler
{
    Task OnWarningAsync(BudgetWarning warning, CancellationToken cancellationToken);
}

using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Events.Expenses;

/// <summary>
/// An event is closed only once its actual costs are recorded (at least one recorded expense) and none waits for an
/// approval any more (closed figures never move).
/// </summary>
public sealed class ActualCostsCloseCheck(IEventExpenseRepository expenses) : IEventCloseCheck
{
    public async Task CheckAsync(MarketingEvent marketingEvent, CancellationToken cancellationToken = default)
    {
        if (await expenses.AnyAsync(e => e.MarketingEventId == marketingEvent.Id && e.Status == EventExpenseStatus.PendingApproval, cancellationToken))
        {
            throw new BusinessException(EventExpenseErrorCodes.ExpensesAwaitingApproval);
        }

        if (!await expenses.AnyAsync(e => e.MarketingEventId == marketingEvent.Id && e.Status == EventExpenseStatus.Recorded, cancellationToken))
        {
            throw new BusinessException(EventExpenseErrorCodes.NoActualCosts);
        }
    }
}

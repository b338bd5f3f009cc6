using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.Expenses;

public interface IEventExpenseRepository : IRepository<EventExpense, Guid>
{
    /// <summary>Oldest spending first.</summary>
    Task<List<EventExpense>> GetListByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default);

    /// <summary>The actual cost of each given event that has recorded expenses (pending and rejected ones do not count).</summary>
    Task<Dictionary<Guid, decimal>> GetTotalsAsync(IReadOnlyCollection<Guid> marketingEventIds, CancellationToken cancellationToken = default);
}

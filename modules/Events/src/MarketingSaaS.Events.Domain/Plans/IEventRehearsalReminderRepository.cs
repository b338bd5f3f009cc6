using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.Plans;

public interface IEventRehearsalReminderRepository : IRepository<EventRehearsalReminder, Guid>
{
    /// <summary>Key dates in (<paramref name="after"/>, <paramref name="until"/>] of events that are pending approval, approved or running.</summary>
    Task<List<RehearsalKeyDate>> GetKeyDatesAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken = default);

    Task<Dictionary<Guid, EventRehearsalReminder>> GetBySubjectsAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken cancellationToken = default);
}

using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.Plans;

public interface IEventTaskRepository : IRepository<EventTask, Guid>
{
    /// <summary>By start date, then end date, then creation.</summary>
    Task<List<EventTask>> GetListByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default);

    /// <summary>The Responsible entries of the tasks of the given events.</summary>
    Task<List<ResponsibleParty>> GetResponsiblesAsync(IReadOnlyCollection<Guid> marketingEventIds, CancellationToken cancellationToken = default);

    /// <summary>Tasks below 100 % whose Responsible is the user or one of the positions, earliest end first.</summary>
    Task<List<EventTask>> GetOpenOfResponsibleAsync(Guid userId, IReadOnlyCollection<Guid> positionIds, CancellationToken cancellationToken = default);
}

using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Processes;

public interface IProcessInstanceRepository : IRepository<ProcessInstance, Guid>
{
    /// <summary>The instance with its steps and their deliverables.</summary>
    Task<ProcessInstance?> FindWithStepsAsync(Guid id, CancellationToken cancellationToken = default);

    Task<List<ProcessInstance>> GetListWithStepsAsync(Guid? templateId = null, CancellationToken cancellationToken = default);

    /// <summary>Open steps due before <paramref name="today"/> whose assignees were not told yet, with their instances (tracked).</summary>
    Task<List<(ProcessInstance Instance, ProcessStep Step)>> GetUnnotifiedOverdueStepsAsync(DateOnly today, CancellationToken cancellationToken = default);

    /// <summary>Open steps assigned to the user, with their instances, ordered by due date.</summary>
    Task<List<(ProcessInstance Instance, ProcessStep Step)>> GetOpenStepsOfAsync(Guid userId, CancellationToken cancellationToken = default);
}

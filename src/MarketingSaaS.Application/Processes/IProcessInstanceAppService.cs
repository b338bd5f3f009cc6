namespace MarketingSaaS.Processes;

public interface IProcessInstanceAppService
{
    Task<IReadOnlyList<ProcessInstanceDto>> GetListAsync(GetProcessInstanceListInput input, CancellationToken cancellationToken = default);

    Task<ProcessInstanceDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Starts a process from the template's latest published version.</summary>
    Task<ProcessInstanceDto> StartAsync(StartProcessDto input, CancellationToken cancellationToken = default);

    Task<ProcessInstanceDto> ProvideDeliverableAsync(Guid id, Guid stepId, Guid deliverableId, ProvideDeliverableDto input, CancellationToken cancellationToken = default);

    Task<ProcessInstanceDto> CompleteStepAsync(Guid id, Guid stepId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands an open step to another person of the company (an assignee hands over their part; a holder of
    /// <c>Processes.Templates.Manage</c> may reassign any step); the new holder is notified.
    /// </summary>
    Task<ProcessInstanceDto> ReassignStepAsync(Guid id, Guid stepId, ReassignStepDto input, CancellationToken cancellationToken = default);

    /// <summary>The caller's open steps, earliest due date first.</summary>
    Task<IReadOnlyList<MyTaskDto>> GetMyTasksAsync(CancellationToken cancellationToken = default);

    /// <summary>The people a step can be handed to: the company's active users.</summary>
    Task<IReadOnlyList<AssigneeCandidateDto>> GetAssigneeCandidatesAsync(CancellationToken cancellationToken = default);
}

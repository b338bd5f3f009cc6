namespace MarketingSaaS.Processes;

/// <summary>Told after a process step completed (by its assignee, or when its approval request was approved).</summary>
public interface IProcessStepCompletedHandler
{
    Task OnStepCompletedAsync(ProcessInstance instance, ProcessStep step, CancellationToken cancellationToken = default);
}

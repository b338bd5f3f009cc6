using System.Globalization;
using MarketingSaaS.Processes;

namespace MarketingSaaS.Notifications;

/// <summary>"Step assigned": to the assignees of every step of a process that just started, and to a step's new holder.</summary>
public sealed class ProcessStepAssignmentNotifier(INotificationPublisher publisher)
{
    public async Task NotifyStartedAsync(ProcessInstance instance, CancellationToken cancellationToken = default)
    {
        foreach (var step in instance.Steps.Where(s => s.AssigneeUserIds.Count > 0))
        {
            await NotifyAsync(instance, step, step.AssigneeUserIds, cancellationToken);
        }
    }

    /// <summary>"Step assigned" to the person a step was handed over to.</summary>
    public Task NotifyReassignedAsync(ProcessInstance instance, ProcessStep step, Guid newUserId, CancellationToken cancellationToken = default) =>
        NotifyAsync(instance, step, [newUserId], cancellationToken);

    private Task NotifyAsync(ProcessInstance instance, ProcessStep step, IReadOnlyList<Guid> recipients, CancellationToken cancellationToken) =>
        publisher.PublishAsync(new NotificationRequest(
            recipients,
            NotificationKind.StepAssigned,
            NotificationTextKeys.StepAssignedTitle,
            NotificationTextKeys.StepAssignedBody,
            new Dictionary<string, string>
            {
                ["step"] = step.Name,
                ["process"] = instance.Name,
                ["start"] = step.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["due"] = step.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            NotificationLinks.ProcessInstance(instance.Id)), cancellationToken);
}


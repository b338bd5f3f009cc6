using System.Globalization;
using MarketingSaaS.Processes;

namespace MarketingSaaS.Notifications;

/// <summary>"Step assigned" to the assignees of every step of a process that just started.</summary>
public sealed class ProcessStepAssignmentNotifier(INotificationPublisher publisher)
{
    public async Task NotifyStartedAsync(ProcessInstance instance, CancellationToken cancellationToken = default)
    {
        foreach (var step in instance.Steps.Where(s => s.AssigneeUserIds.Count > 0))
        {
            await publisher.PublishAsync(new NotificationRequest(
                step.AssigneeUserIds,
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
    }
}

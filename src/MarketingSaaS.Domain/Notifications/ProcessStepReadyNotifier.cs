using MarketingSaaS.Processes;

namespace MarketingSaaS.Notifications;

/// <summary>
/// "Step ready": when a completed step lets the next group start, the holders of each of its open steps hear that they can
/// begin now (linking to the process, where they hand it in). Steps nobody holds tell nobody.
/// </summary>
public sealed class ProcessStepReadyNotifier(INotificationPublisher publisher) : IProcessStepCompletedHandler
{
    public async Task OnStepCompletedAsync(ProcessInstance instance, ProcessStep step, CancellationToken cancellationToken = default)
    {
        foreach (var ready in instance.StepsReadyAfter(step.Id).Where(s => s.AssigneeUserIds.Count > 0))
        {
            await publisher.PublishAsync(new NotificationRequest(
                ready.AssigneeUserIds,
                NotificationKind.StepReady,
                NotificationTextKeys.StepReadyTitle,
                NotificationTextKeys.StepReadyBody,
                new Dictionary<string, string>
                {
                    ["step"] = ready.Name,
                    ["previous"] = step.Name,
                    ["process"] = instance.Name,
                    ["due"] = ready.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                },
                NotificationLinks.ProcessInstance(instance.Id)), cancellationToken);
        }
    }
}

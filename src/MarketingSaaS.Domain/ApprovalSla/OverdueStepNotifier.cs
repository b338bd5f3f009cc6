using System.Globalization;
using MarketingSaaS.Notifications;
using MarketingSaaS.Processes;

namespace MarketingSaaS.ApprovalSla;

/// <summary>"Step overdue" to the assignees of each open step due before the company's today, once per step.</summary>
public sealed class OverdueStepNotifier(IProcessInstanceRepository instances, TenantToday tenantToday, INotificationPublisher publisher, TimeProvider clock)
{
    public async Task NotifyAsync(CancellationToken cancellationToken)
    {
        var today = await tenantToday.GetAsync(cancellationToken);
        foreach (var (instance, step) in await instances.GetUnnotifiedOverdueStepsAsync(today, cancellationToken))
        {
            await publisher.PublishAsync(new NotificationRequest(
                step.AssigneeUserIds,
                NotificationKind.StepOverdue,
                ApprovalSlaTextKeys.StepOverdueTitle,
                ApprovalSlaTextKeys.StepOverdueBody,
                new Dictionary<string, string>
                {
                    ["step"] = step.Name,
                    ["process"] = instance.Name,
                    ["due"] = step.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                },
                NotificationLinks.ProcessInstance(instance.Id)), cancellationToken);
            step.MarkOverdueNotified(clock.GetUtcNow());
        }
    }
}

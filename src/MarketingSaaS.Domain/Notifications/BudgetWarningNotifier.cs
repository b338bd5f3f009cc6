using System.Globalization;
using MarketingSaaS.Budgets;

namespace MarketingSaaS.Notifications;

/// <summary>"The budget reached 80 % / 100 % / was exceeded" to the heads of the budget's unit.</summary>
public sealed class BudgetWarningNotifier(INotificationPublisher publisher) : IBudgetWarningHandler
{
    public async Task OnWarningAsync(BudgetWarning warning, CancellationToken cancellationToken)
    {
        if (warning.NotifyUserIds.Count == 0)
        {
            return;
        }

        await publisher.PublishAsync(new NotificationRequest(
            warning.NotifyUserIds,
            NotificationKind.BudgetWarning,
            NotificationTextKeys.BudgetWarningTitle,
            NotificationTextKeys.BudgetWarningBody,
            new Dictionary<string, string>
            {
                ["year"] = warning.FiscalYear.ToString(CultureInfo.InvariantCulture),
                ["used"] = warning.Used.ToString("N2", CultureInfo.InvariantCulture),
                ["planned"] = warning.Planned.ToString("N2", CultureInfo.InvariantCulture),
                ["currency"] = warning.Currency,
            },
            NotificationLinks.Budget(warning.BudgetId),
            new Dictionary<string, string>
            {
                ["category"] = "Budgets:Category:" + warning.Category,
                ["level"] = "Notifications:BudgetWarning:Level:" + warning.Level,
            }), cancellationToken);
    }
}

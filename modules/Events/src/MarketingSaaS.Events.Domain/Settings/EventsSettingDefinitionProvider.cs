using System.Globalization;
using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Events.Settings;

public sealed class EventsSettingDefinitionProvider : SettingDefinitionProvider
{
    public override void Define(SettingDefinitionContext context)
    {
        context.Add(EventsSettings.ReviewDueDays, Text(EventsSettings.DefaultReviewDueDays), isVisibleToClients: true)
            .RequireFeature(EventsFeatures.Enable)
            .AsInteger(1, EventsSettings.MaxReviewDueDays);
        context.Add(EventsSettings.RehearsalReminderDays, Text(EventsSettings.DefaultRehearsalReminderDays), isVisibleToClients: true)
            .RequireFeature(EventsFeatures.Enable)
            .AsInteger(1, EventsSettings.MaxRehearsalReminderDays);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Settings;

public sealed class MarketingSaaSSettingDefinitionProvider : SettingDefinitionProvider
{
    public override void Define(SettingDefinitionContext context)
    {
        context.Add(MarketingSaaSSettings.Currency, "CNY", isVisibleToClients: true);
        context.Add(MarketingSaaSSettings.TimeZone, "Asia/Shanghai", isVisibleToClients: true);
        context.Add(MarketingSaaSSettings.Culture, "zh-Hans", isVisibleToClients: true).VisibleBeforeSignIn();
        context.Add(MarketingSaaSSettings.FiscalYearStartMonth, "1", isVisibleToClients: true);
        context.Add(MarketingSaaSSettings.CompanyLogo, null, isVisibleToClients: true, isEditable: false).VisibleBeforeSignIn();
        context.Add(MarketingSaaSSettings.OnboardingDismissed, null, isEditable: false);
    }
}

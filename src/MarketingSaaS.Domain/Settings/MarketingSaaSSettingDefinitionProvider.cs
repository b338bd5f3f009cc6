using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Settings;

public sealed class MarketingSaaSSettingDefinitionProvider : SettingDefinitionProvider
{
    public override void Define(SettingDefinitionContext context)
    {
        context.Add(MarketingSaaSSettings.Currency, "CNY", isVisibleToClients: true).AsCurrency();
        context.Add(MarketingSaaSSettings.TimeZone, "Asia/Shanghai", isVisibleToClients: true).AsTimeZone();
        context.Add(MarketingSaaSSettings.Culture, "zh-Hans", isVisibleToClients: true).AsCulture().VisibleBeforeSignIn();
        context.Add(MarketingSaaSSettings.FiscalYearStartMonth, "1", isVisibleToClients: true).AsInteger(1, 12);
        context.Add(MarketingSaaS.Identity.Invitations.InvitationConsts.ValidDaysSetting, "7").AsInteger(1, 90);
        context.Add(MarketingSaaSSettings.CompanyLogo, null, isVisibleToClients: true, isEditable: false).VisibleBeforeSignIn();
        context.Add(MarketingSaaSSettings.OnboardingDismissed, null, isEditable: false);
    }
}

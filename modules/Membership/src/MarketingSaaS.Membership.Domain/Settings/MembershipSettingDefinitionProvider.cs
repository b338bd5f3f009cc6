using System.Globalization;
using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Membership.Settings;

public sealed class MembershipSettingDefinitionProvider : SettingDefinitionProvider
{
    public override void Define(SettingDefinitionContext context)
    {
        context.Add(MembershipSettings.AmountPerPoint, Text(MembershipSettings.DefaultAmountPerPoint), isVisibleToClients: true)
            .RequireFeature(MembershipFeatures.Enable)
            .AsInteger(1, MembershipSettings.MaxAmountPerPoint);
        context.Add(MembershipSettings.PointsExpiryMonths, Text(MembershipSettings.DefaultPointsExpiryMonths), isVisibleToClients: true)
            .RequireFeature(MembershipFeatures.Enable)
            .AsInteger(1, MembershipSettings.MaxPointsExpiryMonths);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

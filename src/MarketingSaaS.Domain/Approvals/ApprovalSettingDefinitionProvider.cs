using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Approvals;

public sealed class ApprovalSettingDefinitionProvider : SettingDefinitionProvider
{
    public override void Define(SettingDefinitionContext context)
    {
        context.Add(ApprovalSettings.SamePersonApproval, nameof(Approvals.SamePersonApproval.AskEachTime), isVisibleToClients: true)
            .AsEnum<SamePersonApproval>("Approvals:SamePersonApproval:");
        context.Add(ApprovalSettings.ReminderAfterHours, "24", isVisibleToClients: true).AsInteger(1, int.MaxValue);
        context.Add(ApprovalSettings.EscalateAfterHours, "48", isVisibleToClients: true).AsInteger(1, int.MaxValue);
        context.Add(ApprovalSettings.MaxDelegationChainLength, ApprovalDelegationConsts.DefaultMaxChainLength.ToString(System.Globalization.CultureInfo.InvariantCulture), isVisibleToClients: true)
            .AsInteger(1, int.MaxValue);
    }
}

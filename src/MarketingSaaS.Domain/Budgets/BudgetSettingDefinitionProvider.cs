using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Budgets;

public sealed class BudgetSettingDefinitionProvider : SettingDefinitionProvider
{
    public override void Define(SettingDefinitionContext context)
    {
        context.Add(BudgetSettings.OverBudgetPolicy, nameof(Budgets.OverBudgetPolicy.Block), isVisibleToClients: true)
            .AsEnum<OverBudgetPolicy>("Budgets:OverBudgetPolicy:");
        context.Add(BudgetSettings.ExtraApprovalPositions, BudgetSettings.DefaultExtraApprovalPositions, isVisibleToClients: true);
    }
}

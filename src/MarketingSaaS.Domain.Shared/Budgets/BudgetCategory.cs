namespace MarketingSaaS.Budgets;

public enum BudgetCategory
{
    Research,
    PromotionEvents,
    Advertising,
    CustomerMaintenance,
    Other,
}

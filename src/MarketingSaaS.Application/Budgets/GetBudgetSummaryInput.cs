namespace MarketingSaaS.Budgets;

public sealed class GetBudgetSummaryInput
{
    public int Year { get; set; }

    public Guid? UnitId { get; set; }
}

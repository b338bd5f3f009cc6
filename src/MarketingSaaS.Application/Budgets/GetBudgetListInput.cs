namespace MarketingSaaS.Budgets;

public sealed class GetBudgetListInput
{
    public int? Year { get; set; }

    public Guid? UnitId { get; set; }
}

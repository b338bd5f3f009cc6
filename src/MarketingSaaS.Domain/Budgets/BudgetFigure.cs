namespace MarketingSaaS.Budgets;

/// <summary>Planned, open committed and actual amounts of a budget, category or period; exact decimal arithmetic.</summary>
public sealed record BudgetFigure(decimal Planned, decimal Committed, decimal Actual)
{
    public decimal Used => Committed + Actual;

    public decimal Remaining => Planned - Committed - Actual;

    /// <summary>Used as a percentage of planned, rounded to two decimals; null when nothing is planned.</summary>
    public decimal? Utilisation => Planned == 0m ? null : Math.Round(Used * 100m / Planned, 2, MidpointRounding.AwayFromZero);

    public BudgetWarningLevel WarningLevel => LevelOf(Planned, Used);

    public static BudgetWarningLevel LevelOf(decimal planned, decimal used) => used switch
    {
        _ when used > planned => BudgetWarningLevel.Over,
        _ when planned == 0m => BudgetWarningLevel.Ok,
        _ when used == planned => BudgetWarningLevel.Warning100,
        _ when used * 100m >= planned * 80m => BudgetWarningLevel.Warning80,
        _ => BudgetWarningLevel.Ok,
    };
}

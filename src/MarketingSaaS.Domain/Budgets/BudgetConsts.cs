namespace MarketingSaaS.Budgets;

public static class BudgetConsts
{
    public const int MaxNameLength = 128;
    public const int MaxSourceReferenceLength = 128;
    public const int MaxDescriptionLength = 512;
    public const int CurrencyLength = 3;
    public const int AmountPrecision = 18;
    public const int AmountScale = 2;
    public const int MinFiscalYear = 2000;
    public const int MaxFiscalYear = 2100;
}

namespace MarketingSaaS.Budgets;

/// <summary>Error codes of budgets; also the localization keys of their messages.</summary>
public static class BudgetErrorCodes
{
    public const string BudgetExists = "Budgets:BudgetExists";
    public const string BudgetInUse = "Budgets:BudgetInUse";
    public const string NoBudget = "Budgets:NoBudget";
    public const string CurrencyMismatch = "Budgets:CurrencyMismatch";
    public const string BudgetExceeded = "Budgets:BudgetExceeded";
    public const string ExpenseNeedsApproval = "Budgets:ExpenseNeedsApproval";
    public const string CommitmentNotOpen = "Budgets:CommitmentNotOpen";
    public const string CommitmentMismatch = "Budgets:CommitmentMismatch";
    public const string InvalidCurrency = "Budgets:InvalidCurrency";
    public const string InvalidAmount = "Budgets:InvalidAmount";
    public const string InvalidPeriod = "Budgets:InvalidPeriod";
    public const string DuplicateLine = "Budgets:DuplicateLine";
    public const string NoBudgetUnit = "Budgets:NoBudgetUnit";
    public const string InvalidCategory = "Budgets:InvalidCategory";
}

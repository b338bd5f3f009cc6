namespace MarketingSaaS.Events.Expenses;

/// <summary>Error codes of expenses, receipts, reviews and figures; localization keys in Localization/EventsExecution.</summary>
public static class EventExpenseErrorCodes
{
    public const string ExpensesNotOpen = EventsErrorCodes.Prefix + "ExpensesNotOpen";
    public const string UnknownBudgetLine = EventsErrorCodes.Prefix + "UnknownBudgetLine";
    public const string ExpenseCurrencyMismatch = EventsErrorCodes.Prefix + "ExpenseCurrencyMismatch";
    public const string InvalidExpenseAmount = EventsErrorCodes.Prefix + "InvalidExpenseAmount";
    public const string InvalidRevenue = EventsErrorCodes.Prefix + "InvalidRevenue";
    public const string NoActualCosts = EventsErrorCodes.Prefix + "NoActualCosts";
    public const string ExpenseAwaitingApproval = EventsErrorCodes.Prefix + "ExpenseAwaitingApproval";
    public const string ExpenseRejected = EventsErrorCodes.Prefix + "ExpenseRejected";
    public const string ExpensesAwaitingApproval = EventsErrorCodes.Prefix + "ExpensesAwaitingApproval";
}

namespace MarketingSaaS.Events.Expenses;

public static class EventExpenseConsts
{
    public const int MaxNoteLength = 1000;

    /// <summary>The blob records' owner type of expense receipts (owner id = the expense id).</summary>
    public const string ReceiptOwnerType = "EventExpenseReceipt";

    /// <summary>The approval subject id of a cost over budget is this prefix and the expense id.</summary>
    public const string ApprovalSubjectPrefix = "expense:";
}

namespace MarketingSaaS.Events.Expenses;

internal static class EventExpenseMapper
{
    public static EventExpenseDto ToDto(this EventExpense e) => new(
        e.Id, e.MarketingEventId, e.BudgetLineId, e.Amount, e.Currency, e.SpentOn, e.Note, e.BudgetExpenseId is not null, e.Status, e.ApprovalRequestId, e.ReceiptFileId, e.CreationTime, e.CreatorId, e.ConcurrencyStamp);
}

namespace MarketingSaaS.Events.Expenses;

/// <summary>
/// Where an actual cost stands. Only <see cref="Recorded"/> costs count (figures, closing, the platform budget's actuals):
/// a cost over budget under the ExtraApproval policy waits for its approval request (<see cref="PendingApproval"/>) and
/// either becomes recorded or ends <see cref="Rejected"/> (also when the request is withdrawn).
/// </summary>
public enum EventExpenseStatus
{
    Recorded = 0,
    PendingApproval = 1,
    Rejected = 2,
}

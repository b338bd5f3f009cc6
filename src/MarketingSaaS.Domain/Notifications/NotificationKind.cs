namespace MarketingSaaS.Notifications;

public enum NotificationKind
{
    ApprovalWaiting = 1,
    ApprovalDecided = 2,
    StepAssigned = 3,
    StepOverdue = 4,
    BudgetWarning = 5,
}

namespace MarketingSaaS.Notifications;

public enum NotificationKind
{
    ApprovalWaiting = 1,
    ApprovalDecided = 2,
    StepAssigned = 3,
    StepOverdue = 4,
    BudgetWarning = 5,

    /// <summary>A date of a module's work is near or past: a rehearsal, a review (复盘) due.</summary>
    Reminder = 6,

    /// <summary>A process step can start: the steps before it are complete.</summary>
    StepReady = 7,
}

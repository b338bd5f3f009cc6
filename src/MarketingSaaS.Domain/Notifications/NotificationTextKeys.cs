namespace MarketingSaaS.Notifications;

/// <summary>Localization keys of the notification texts (Localization/Notifications/*.json).</summary>
public static class NotificationTextKeys
{
    public const string ApprovalWaitingTitle = "Notifications:ApprovalWaiting:Title";
    public const string ApprovalWaitingBody = "Notifications:ApprovalWaiting:Body";
    public const string ApprovalApprovedTitle = "Notifications:ApprovalApproved:Title";
    public const string ApprovalApprovedBody = "Notifications:ApprovalApproved:Body";
    public const string ApprovalRejectedTitle = "Notifications:ApprovalRejected:Title";
    public const string ApprovalRejectedBody = "Notifications:ApprovalRejected:Body";
    public const string ApprovalReturnedTitle = "Notifications:ApprovalReturned:Title";
    public const string ApprovalReturnedBody = "Notifications:ApprovalReturned:Body";
    public const string StepAssignedTitle = "Notifications:StepAssigned:Title";
    public const string StepAssignedBody = "Notifications:StepAssigned:Body";
    public const string StepReadyTitle = "Notifications:StepReady:Title";
    public const string StepReadyBody = "Notifications:StepReady:Body";
    public const string BudgetWarningTitle = "Notifications:BudgetWarning:Title";
    public const string BudgetWarningBody = "Notifications:BudgetWarning:Body";
}

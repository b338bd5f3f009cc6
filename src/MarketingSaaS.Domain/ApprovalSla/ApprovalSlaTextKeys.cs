namespace MarketingSaaS.ApprovalSla;

/// <summary>Localization keys of the reminder, escalation and overdue texts (Localization/ApprovalSla/*.json).</summary>
public static class ApprovalSlaTextKeys
{
    public const string ReminderTitle = "ApprovalSla:Reminder:Title";
    public const string ReminderBody = "ApprovalSla:Reminder:Body";
    public const string EscalationTitle = "ApprovalSla:Escalation:Title";
    public const string EscalationBody = "ApprovalSla:Escalation:Body";
    public const string StepOverdueTitle = "ApprovalSla:StepOverdue:Title";
    public const string StepOverdueBody = "ApprovalSla:StepOverdue:Body";
}

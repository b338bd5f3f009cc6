namespace MarketingSaaS.TextTemplates;

public static class MarketingSaaSTemplateNames
{
    public const string EmailLayout = "Email.Layout";
    public const string NotificationEmail = "Email.Notification";
    public const string PasswordResetEmail = "Email.PasswordReset";
    public const string MarketResearchPlan = "Documents.MarketResearchPlan";
    public const string EventPlan = "Documents.EventPlan";
}

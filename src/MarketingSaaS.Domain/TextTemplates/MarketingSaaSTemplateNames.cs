namespace MarketingSaaS.TextTemplates;

public static class MarketingSaaSTemplateNames
{
    public const string EmailLayout = "Email.Layout";
    public const string NotificationEmail = "Email.Notification";
    public const string PasswordResetEmail = "Email.PasswordReset";
    public const string InvitationEmail = "Email.Invitation";
    /// <summary>Belongs to the Research module, which does not exist yet; it moves there (as <c>Research.…</c>) with it.</summary>
    public const string MarketResearchPlan = "Documents.MarketResearchPlan";
}

namespace MarketingSaaS.Notifications;

/// <summary>Portal paths that notifications link to.</summary>
public static class NotificationLinks
{
    public static string Request(Guid requestId) => "/approvals/requests/" + requestId;

    public static string ProcessInstance(Guid instanceId) => "/processes/instances/" + instanceId;

    public static string Budget(Guid budgetId) => "/budgets/" + budgetId;
}

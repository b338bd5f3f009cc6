namespace MarketingSaaS.TextTemplates;

/// <summary>
/// What a deliverable's document skeleton sees: {{deliverableName}}, {{processName}}, {{templateCode}},
/// {{stepName}}, {{startDate}}, {{dueDate}} (yyyy-MM-dd), {{assignees}} (names, comma-separated).
/// </summary>
public sealed record DeliverableSkeletonModel(
    string DeliverableName,
    string ProcessName,
    string TemplateCode,
    string StepName,
    string StartDate,
    string DueDate,
    string Assignees)
{
    public static DeliverableSkeletonModel Sample() =>
        new("《市场调研方案》", "2027 spring market research", "MR-001", "Plan design", "2027-03-01", "2027-03-03", "Li Lei");
}

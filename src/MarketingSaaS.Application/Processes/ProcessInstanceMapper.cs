namespace MarketingSaaS.Processes;

internal static class ProcessInstanceMapper
{
    public static ProcessInstanceDto ToDto(ProcessInstance instance, DateOnly today)
    {
        var steps = instance.Steps.OrderBy(s => s.Order).Select(s => ToDto(s, today)).ToList();
        return new ProcessInstanceDto(
            instance.Id,
            instance.TemplateId,
            instance.TemplateCode,
            instance.TemplateVersionId,
            instance.TemplateVersionNumber,
            instance.Name,
            instance.StartDate,
            steps.Count == 0 ? null : steps.Max(s => s.DueDate),
            instance.CompletedTime is not null,
            instance.CompletedTime,
            steps.Any(s => s.IsOverdue),
            steps);
    }

    public static ProcessStepDto ToDto(ProcessStep step, DateOnly today) => new(
        step.Id,
        step.Order,
        step.Name,
        step.ParallelGroup,
        step.EndsWithApproval,
        [.. step.AssigneeUserIds],
        step.StartDate,
        step.DueDate,
        step.IsCompleted,
        step.CompletedTime,
        step.CompletedByUserId,
        step.IsOverdue(today),
        [.. step.Deliverables.OrderBy(d => d.Order).Select(d => new DeliverableDto(d.Id, d.Name, d.IsRequired, d.DocumentTemplateName, d.IsProvided, d.Note, d.Link, d.ProvidedTime, d.ProvidedByUserId))],
        step.ApprovalRequestId,
        step.IsAwaitingApproval);
}

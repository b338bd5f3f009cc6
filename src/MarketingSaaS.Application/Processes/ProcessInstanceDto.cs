namespace MarketingSaaS.Processes;

public sealed record ProcessInstanceDto(
    Guid Id,
    Guid TemplateId,
    string TemplateCode,
    Guid TemplateVersionId,
    int TemplateVersionNumber,
    string Name,
    DateOnly StartDate,
    DateOnly? DueDate,
    bool IsCompleted,
    DateTimeOffset? CompletedTime,
    bool IsOverdue,
    IReadOnlyList<ProcessStepDto> Steps);

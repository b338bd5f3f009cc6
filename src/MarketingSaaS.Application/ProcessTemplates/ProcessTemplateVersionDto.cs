namespace MarketingSaaS.ProcessTemplates;

public sealed record ProcessTemplateVersionDto(Guid Id, int Number, ProcessTemplateVersionState State, DateTimeOffset? PublishedTime, IReadOnlyList<ProcessStepDefinitionDto> Steps);

namespace MarketingSaaS.ProcessTemplates;

/// <summary>A template; <see cref="Versions"/> is the whole history, newest first (empty in lists).</summary>
public sealed record ProcessTemplateDto(
    Guid Id,
    string Code,
    string Name,
    Guid? OrganizationUnitId,
    string? Category,
    int? PublishedVersionNumber,
    int? DraftVersionNumber,
    IReadOnlyList<ProcessTemplateVersionDto> Versions,
    string ConcurrencyStamp);

using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.ProcessTemplates;

public sealed class UpdateProcessTemplateDraftDto
{
    [Required, StringLength(ProcessTemplateConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    public Guid? OrganizationUnitId { get; set; }

    [StringLength(ProcessTemplateConsts.MaxCategoryLength)]
    public string? Category { get; set; }

    [MaxLength(ProcessTemplateConsts.MaxSteps)]
    public List<ProcessStepDefinitionDto> Steps { get; set; } = [];

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

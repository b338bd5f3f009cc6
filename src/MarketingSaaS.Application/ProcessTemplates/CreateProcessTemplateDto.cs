using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.ProcessTemplates;

public sealed class CreateProcessTemplateDto
{
    [Required, StringLength(ProcessTemplateConsts.MaxCodeLength), RegularExpression("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    public string Code { get; set; } = "";

    [Required, StringLength(ProcessTemplateConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    public Guid? OrganizationUnitId { get; set; }

    [StringLength(ProcessTemplateConsts.MaxCategoryLength)]
    public string? Category { get; set; }

    [MaxLength(ProcessTemplateConsts.MaxSteps)]
    public List<ProcessStepDefinitionDto> Steps { get; set; } = [];
}

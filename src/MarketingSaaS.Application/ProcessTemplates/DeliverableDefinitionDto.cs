using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.ProcessTemplates;

public sealed class DeliverableDefinitionDto
{
    [Required, StringLength(ProcessTemplateConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    public bool IsRequired { get; set; }

    [StringLength(ProcessTemplateConsts.MaxNameLength)]
    public string? DocumentTemplateName { get; set; }
}

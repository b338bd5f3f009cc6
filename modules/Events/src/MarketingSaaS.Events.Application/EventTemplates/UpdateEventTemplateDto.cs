using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>Rename a template (its plan stays as saved).</summary>
public sealed class UpdateEventTemplateDto
{
    [Required]
    [StringLength(EventTemplateConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [StringLength(EventTemplateConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    [Required]
    public string? ConcurrencyStamp { get; set; }
}

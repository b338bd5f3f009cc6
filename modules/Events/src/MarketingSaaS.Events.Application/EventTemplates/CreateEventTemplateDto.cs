using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>Save a completed or closed event as a template.</summary>
public sealed class CreateEventTemplateDto
{
    [Required]
    public Guid? MarketingEventId { get; set; }

    [Required]
    [StringLength(EventTemplateConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [StringLength(EventTemplateConsts.MaxDescriptionLength)]
    public string? Description { get; set; }
}

using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>A new draft event from a template: its own name and dates; the owner unit only when it differs.</summary>
public sealed class CreateEventFromTemplateDto
{
    [Required]
    [StringLength(MarketingEventConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [Required]
    public DateTimeOffset? StartTime { get; set; }

    [Required]
    public DateTimeOffset? EndTime { get; set; }

    public Guid? OwnerUnitId { get; set; }
}

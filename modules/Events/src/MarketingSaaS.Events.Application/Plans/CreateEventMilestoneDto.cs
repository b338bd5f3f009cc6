using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Plans;

public class CreateEventMilestoneDto
{
    [Required]
    [StringLength(EventPlanConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    /// <summary>A UTC instant; the portal shows it in the company's time zone.</summary>
    [Required]
    public DateTimeOffset? Date { get; set; }

    /// <summary>Key dates get a rehearsal reminder three days before.</summary>
    public bool IsKeyDate { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Plans;

public sealed class UpdateEventMilestoneDto : CreateEventMilestoneDto
{
    [Required]
    public string? ConcurrencyStamp { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Plans;

public sealed class UpdateEventRiskDto : CreateEventRiskDto
{
    [Required]
    public string? ConcurrencyStamp { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Plans;

/// <summary>The whole task again (progress has its own call), with the stamp read (a stale stamp → 409).</summary>
public sealed class UpdateEventTaskDto : CreateEventTaskDto
{
    [Required]
    public string? ConcurrencyStamp { get; set; }
}

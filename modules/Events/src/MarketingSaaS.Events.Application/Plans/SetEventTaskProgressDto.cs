using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Plans;

public sealed class SetEventTaskProgressDto
{
    [Range(0, 100)]
    public int ProgressPercent { get; set; }

    [Required]
    public string? ConcurrencyStamp { get; set; }
}

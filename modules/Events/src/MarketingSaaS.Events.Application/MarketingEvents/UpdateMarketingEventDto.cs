using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>The whole event again, with the stamp read (a stale stamp → 409).</summary>
public sealed class UpdateMarketingEventDto : CreateMarketingEventDto
{
    [Required]
    public string? ConcurrencyStamp { get; set; }
}

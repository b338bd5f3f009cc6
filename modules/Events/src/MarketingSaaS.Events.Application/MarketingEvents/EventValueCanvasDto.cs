using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>活动价值画布: why would people come, what do they take away, would they share it.</summary>
public sealed class EventValueCanvasDto
{
    [StringLength(MarketingEventConsts.MaxTextLength)]
    public string? WhyCome { get; set; }

    [StringLength(MarketingEventConsts.MaxTextLength)]
    public string? TakeAway { get; set; }

    [StringLength(MarketingEventConsts.MaxTextLength)]
    public string? WillShare { get; set; }
}

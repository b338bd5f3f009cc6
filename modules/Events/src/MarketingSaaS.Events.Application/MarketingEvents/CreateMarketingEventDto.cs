using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.MarketingEvents;

public sealed class CreateMarketingEventDto
{
    [Required]
    [StringLength(MarketingEventConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [EnumDataType(typeof(MarketingEventType))]
    public MarketingEventType Type { get; set; }

    public DateTimeOffset StartTime { get; set; }

    public DateTimeOffset EndTime { get; set; }
}

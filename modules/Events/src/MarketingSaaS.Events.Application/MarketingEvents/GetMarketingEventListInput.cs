using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Dtos;

namespace MarketingSaaS.Events.MarketingEvents;

public sealed class GetMarketingEventListInput : PagedInput
{
    [EnumDataType(typeof(MarketingEventStatus))]
    public MarketingEventStatus? Status { get; set; }

    [EnumDataType(typeof(MarketingEventType))]
    public MarketingEventType? Type { get; set; }
}

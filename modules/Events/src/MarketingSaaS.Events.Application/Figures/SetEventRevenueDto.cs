using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Events.Figures;

/// <summary>The revenue attributed to the event, in the event's currency; changing it needs the stamp read (a stale one → 409).</summary>
public sealed class SetEventRevenueDto
{
    [Money]
    public decimal Amount { get; set; }

    [StringLength(MarketingEventConsts.MaxTextLength)]
    public string? Note { get; set; }

    public string? ConcurrencyStamp { get; set; }
}

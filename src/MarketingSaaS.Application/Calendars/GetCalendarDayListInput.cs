using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Calendars;

public sealed class GetCalendarDayListInput
{
    /// <summary>Calendar year; every day when omitted.</summary>
    [Range(2000, 2100)]
    public int? Year { get; set; }
}

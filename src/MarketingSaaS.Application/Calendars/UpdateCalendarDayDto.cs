namespace MarketingSaaS.Calendars;

public sealed class UpdateCalendarDayDto : CreateCalendarDayDto
{
    public string? ConcurrencyStamp { get; set; }
}

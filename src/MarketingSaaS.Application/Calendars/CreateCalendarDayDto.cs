using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Calendars;

public class CreateCalendarDayDto
{
    [Required]
    public DateOnly? Date { get; set; }

    [Required, StringLength(CalendarDayConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    /// <summary>True for a make-up working day (e.g. a worked Saturday), false for a holiday.</summary>
    public bool IsWorkingDay { get; set; }
}

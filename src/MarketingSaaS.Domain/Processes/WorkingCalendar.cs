namespace MarketingSaaS.Processes;

/// <summary>The company's working days: Monday to Friday (no public holidays yet).</summary>
public static class WorkingCalendar
{
    public static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date itself when it is a working day, else the next working day.</summary>
    public static DateOnly NextWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The last day of a span of <paramref name="workingDays"/> working days starting at <paramref name="start"/>.</summary>
    public static DateOnly EndOf(DateOnly start, int workingDays)
    {
        var day = NextWorkingDay(start);
        for (var counted = 1; counted < workingDays; counted++)
        {
            day = NextWorkingDay(day.AddDays(1));
        }

        return day;
    }
}

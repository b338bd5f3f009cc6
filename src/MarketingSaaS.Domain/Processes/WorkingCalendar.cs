namespace MarketingSaaS.Processes;

/// <summary>
/// The company's working days: Monday to Friday, except the dates in <paramref name="exceptions"/>
/// (false: a holiday; true: a make-up working day such as a worked Saturday).
/// </summary>
public sealed class WorkingCalendar(IReadOnlyDictionary<DateOnly, bool> exceptions)
{
    /// <summary>Monday to Friday without holidays.</summary>
    public static WorkingCalendar Default { get; } = new(new Dictionary<DateOnly, bool>());

    public bool IsWorkingDay(DateOnly date) =>
        exceptions.TryGetValue(date, out var working) ? working : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date itself when it is a working day, else the next working day.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The last day of a span of <paramref name="workingDays"/> working days starting at <paramref name="start"/>.</summary>
    public DateOnly EndOf(DateOnly start, int workingDays)
    {
        var day = NextWorkingDay(start);
        for (var counted = 1; counted < workingDays; counted++)
        {
            day = NextWorkingDay(day.AddDays(1));
        }

        return day;
    }
}

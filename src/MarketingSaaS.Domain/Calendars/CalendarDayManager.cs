using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Calendars;

/// <summary>Keeps one calendar day per date; callers save through the unit of work.</summary>
public sealed class CalendarDayManager(IRepository<CalendarDay, Guid> days)
{
    public async Task<CalendarDay> CreateAsync(DateOnly date, string name, bool isWorkingDay, CancellationToken cancellationToken = default)
    {
        await EnsureDateFreeAsync(date, null, cancellationToken);
        var day = new CalendarDay(SequentialGuid.Create(), date, name.Trim(), isWorkingDay);
        await days.InsertAsync(day, cancellationToken);
        return day;
    }

    public async Task ChangeDateAsync(CalendarDay day, DateOnly date, CancellationToken cancellationToken = default)
    {
        await EnsureDateFreeAsync(date, day.Id, cancellationToken);
        day.Date = date;
    }

    private async Task EnsureDateFreeAsync(DateOnly date, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await days.AnyAsync(d => d.Date == date && d.Id != exceptId, cancellationToken))
        {
            throw new BusinessException(CalendarErrorCodes.DateTaken, new Dictionary<string, object?> { ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        }
    }
}

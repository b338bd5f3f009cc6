using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Processes;

namespace MarketingSaaS.Calendars;

/// <summary>The current company's working calendar: Monday–Friday plus its holidays and make-up working days.</summary>
public sealed class WorkingCalendarProvider(IRepository<CalendarDay, Guid> days)
{
    /// <summary>The calendar from <paramref name="from"/> on (earlier exceptions are not loaded).</summary>
    public async Task<WorkingCalendar> GetAsync(DateOnly from, CancellationToken cancellationToken = default) =>
        new((await days.GetListAsync(d => d.Date >= from, cancellationToken)).ToDictionary(d => d.Date, d => d.IsWorkingDay));
}

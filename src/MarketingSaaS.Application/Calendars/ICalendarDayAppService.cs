namespace MarketingSaaS.Calendars;

public interface ICalendarDayAppService
{
    Task<IReadOnlyList<CalendarDayDto>> GetListAsync(GetCalendarDayListInput input, CancellationToken cancellationToken = default);

    Task<CalendarDayDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<CalendarDayDto> CreateAsync(CreateCalendarDayDto input, CancellationToken cancellationToken = default);

    Task<CalendarDayDto> UpdateAsync(Guid id, UpdateCalendarDayDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}

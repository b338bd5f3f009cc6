using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Validation;

namespace MarketingSaaS.Calendars;

public sealed class CalendarDayAppService(IRepository<CalendarDay, Guid> days, CalendarDayManager manager, IUnitOfWork unitOfWork) : ICalendarDayAppService
{
    public async Task<IReadOnlyList<CalendarDayDto>> GetListAsync(GetCalendarDayListInput input, CancellationToken cancellationToken = default)
    {
        var list = input.Year is { } year
            ? await days.GetListAsync(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31), cancellationToken)
            : await days.GetListAsync(_ => true, cancellationToken);
        return [.. list.OrderBy(d => d.Date).Select(ToDto)];
    }

    public async Task<CalendarDayDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await days.GetAsync(id, cancellationToken));

    public async Task<CalendarDayDto> CreateAsync(CreateCalendarDayDto input, CancellationToken cancellationToken = default)
    {
        var day = await manager.CreateAsync(input.Date!.Value, input.Name, input.IsWorkingDay, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(day);
    }

    public async Task<CalendarDayDto> UpdateAsync(Guid id, UpdateCalendarDayDto input, CancellationToken cancellationToken = default)
    {
        var day = await days.GetAsync(id, cancellationToken);
        ConcurrencyStampGuard.Check(day, input.ConcurrencyStamp);
        await manager.ChangeDateAsync(day, input.Date!.Value, cancellationToken);
        day.Name = input.Name.Trim();
        day.IsWorkingDay = input.IsWorkingDay;
        await days.UpdateAsync(day, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(day);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await days.DeleteAsync(await days.GetAsync(id, cancellationToken), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static CalendarDayDto ToDto(CalendarDay d) => new(d.Id, d.Date, d.Name, d.IsWorkingDay, d.ConcurrencyStamp);
}

namespace MarketingSaaS.Calendars;

public sealed record CalendarDayDto(Guid Id, DateOnly Date, string Name, bool IsWorkingDay, string ConcurrencyStamp);

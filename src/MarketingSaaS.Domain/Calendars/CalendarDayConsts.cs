namespace MarketingSaaS.Calendars;

public static class CalendarDayConsts
{
    public const int MaxNameLength = 64;
}

namespace MarketingSaaS.Calendars;

/// <summary>Error codes of the working calendar; also the localization keys of their messages.</summary>
public static class CalendarErrorCodes
{
    public const string DateTaken = "Calendar:DateTaken";
}

namespace MarketingSaaS.Budgets;

/// <summary>
/// A fiscal year is named after the calendar year it starts in: with start month 4, fiscal 2026 runs from
/// 2026-04-01 to 2027-03-31 (local time). Quarters count from the start month; months stay calendar months.
/// </summary>
public static class FiscalCalendar
{
    public static FiscalDate Resolve(DateTimeOffset moment, TimeZoneInfo timeZone, int startMonth)
    {
        var local = TimeZoneInfo.ConvertTime(moment, timeZone);
        var fiscalMonthIndex = (local.Month - startMonth + 12) % 12;
        var fiscalYear = local.Month >= startMonth ? local.Year : local.Year - 1;
        return new FiscalDate(fiscalYear, fiscalMonthIndex / 3 + 1, local.Month);
    }
}

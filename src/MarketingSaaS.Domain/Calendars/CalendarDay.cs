using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Calendars;

/// <summary>
/// An exception to the company's Monday–Friday week: a holiday (e.g. 国庆节) or a make-up working day
/// (调休, e.g. a Saturday that is worked). One per date.
/// </summary>
public sealed class CalendarDay : AggregateRoot<Guid>, IMultiTenant
{
    private CalendarDay() { }

    internal CalendarDay(Guid id, DateOnly date, string name, bool isWorkingDay) : base(id)
    {
        Date = date;
        Name = name;
        IsWorkingDay = isWorkingDay;
    }

    public Guid TenantId { get; private set; }

    public DateOnly Date { get; internal set; }

    public string Name { get; set; } = "";

    /// <summary>True: a make-up working day; false: a holiday.</summary>
    public bool IsWorkingDay { get; set; }
}

using MarketingSaaS.Dtos;
using MarketingSaaS.Events.Expenses;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Settings;

namespace MarketingSaaS.Events.Figures;

public sealed class EventFiguresAppService(
    IMarketingEventRepository events,
    IEventExpenseRepository expenses,
    IEventAttributedRevenueRepository revenues,
    IEventAttendanceCounter attendance,
    ISettingProvider settings,
    IUnitOfWork unitOfWork) : IEventFiguresAppService
{
    public async Task<EventFiguresDto> GetAsync(Guid marketingEventId, CancellationToken cancellationToken = default) =>
        (await FiguresOfAsync([await events.GetAsync(marketingEventId, cancellationToken)], cancellationToken))[0];

    public async Task<PagedResultDto<EventFiguresDto>> GetListAsync(GetMarketingEventListInput input, CancellationToken cancellationToken = default)
    {
        var (total, items) = await events.GetPagedListAsync(input.Filter, input.Status, input.Type, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<EventFiguresDto>(total, await FiguresOfAsync(items, cancellationToken));
    }

    public async Task<EventRevenueDto> SetRevenueAsync(Guid marketingEventId, SetEventRevenueDto input, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.GetAsync(marketingEventId, cancellationToken);
        var currency = marketingEvent.BudgetLines.FirstOrDefault()?.Currency
            ?? await settings.GetOrNullAsync(MarketingSaaSSettings.Currency, cancellationToken) ?? "CNY";
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        var revenue = await revenues.FindByEventAsync(marketingEventId, cancellationToken);
        if (revenue is null)
        {
            revenue = new EventAttributedRevenue(SequentialGuid.Create(), marketingEventId, input.Amount, currency, note);
            await revenues.InsertAsync(revenue, cancellationToken);
        }
        else
        {
            revenue.Set(input.Amount, currency, note);
            await revenues.UpdateAsync(revenue, input.ConcurrencyStamp, cancellationToken);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new EventRevenueDto(marketingEventId, revenue.Amount, revenue.Currency, revenue.Note, revenue.ConcurrencyStamp);
    }

    private async Task<List<EventFiguresDto>> FiguresOfAsync(IReadOnlyList<MarketingEvent> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(e => e.Id).ToList();
        var costs = await expenses.GetTotalsAsync(ids, cancellationToken);
        var revenueAmounts = await revenues.GetAmountsAsync(ids, cancellationToken);
        var counts = await attendance.CountAsync(ids, cancellationToken);
        return [.. items.Select(e =>
        {
            var f = EventFiguresCalculator.Calculate(
                e.TotalBudget,
                costs.GetValueOrDefault(e.Id),
                counts.GetValueOrDefault(e.Id) ?? EventAttendanceCounts.None,
                revenueAmounts.TryGetValue(e.Id, out var revenue) ? revenue : null);
            return new EventFiguresDto(
                e.Id, e.Name, e.Status, e.StartTime, e.BudgetLines.FirstOrDefault()?.Currency, f.Budget, f.ActualCost, f.Registrants, f.Attendees, f.Leads,
                f.CostPerRegistrant, f.CostPerAttendee, f.CostPerLead, f.AttendanceRate, f.AttributedRevenue, f.Roi);
        })];
    }
}

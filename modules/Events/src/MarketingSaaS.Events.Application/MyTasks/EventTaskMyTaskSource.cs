using MarketingSaaS.Approvals;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.MyTasks;

namespace MarketingSaaS.Events.MyTasks;

/// <summary>
/// Plan tasks not yet at 100 % whose Responsible is the person or a position the person holds; due on the task's end
/// date (a company date), overdue when that is before the company's today.
/// </summary>
public sealed class EventTaskMyTaskSource(IEventTaskRepository tasks, IMarketingEventRepository events, IOrgChartSnapshotReader orgChart) : IMyTaskSource
{
    public string Source => "Events";

    public string? RequiredFeature => EventsFeatures.Enable;

    public string RequiredPermission => EventsPermissions.MarketingEvents.Default;

    public async Task<IReadOnlyList<MyTaskItem>> GetOpenTasksAsync(Guid userId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var chart = await orgChart.ReadAsync(cancellationToken);
        var positionIds = chart.PositionsHeldBy(userId);
        var open = await tasks.GetOpenOfResponsibleAsync(userId, positionIds, cancellationToken);
        if (open.Count == 0)
        {
            return [];
        }

        var eventIds = open.Select(t => t.MarketingEventId).Distinct().ToList();
        var names = (await events.GetListAsync(e => eventIds.Contains(e.Id), cancellationToken)).ToDictionary(e => e.Id, e => e.Name);
        return [.. open.Select(t => new MyTaskItem(
            Source,
            t.Id,
            t.Name,
            names.GetValueOrDefault(t.MarketingEventId) ?? "",
            t.EndDate,
            t.EndDate < today,
            $"/events/{t.MarketingEventId}"))];
    }
}

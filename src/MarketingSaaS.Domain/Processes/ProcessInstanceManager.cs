using MarketingSaaS.Calendars;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Positions;
using MarketingSaaS.ProcessTemplates;

namespace MarketingSaaS.Processes;

/// <summary>
/// Starts processes from a published template version: assignees are the current holders of the responsible
/// positions; each parallel group starts on the first working day after the previous group's planned end.
/// </summary>
public sealed class ProcessInstanceManager(IProcessInstanceRepository instances, IPositionRepository positions, WorkingCalendarProvider calendars)
{
    public async Task<ProcessInstance> StartAsync(ProcessTemplate template, string name, DateOnly startDate, CancellationToken cancellationToken = default)
    {
        var version = template.LatestPublishedVersion
            ?? throw new BusinessException(ProcessErrorCodes.TemplateNotPublished, new Dictionary<string, object?> { ["code"] = template.Code });
        var positionIds = version.Steps.SelectMany(s => s.ResponsiblePositionIds).Distinct().ToList();
        var holders = positionIds.Count == 0
            ? []
            : (await positions.GetListWithDetailsAsync(cancellationToken: cancellationToken))
                .Where(p => positionIds.Contains(p.Id)).ToDictionary(p => p.Id, p => p.Holders.Select(h => h.UserId).ToList());

        var instance = new ProcessInstance(SequentialGuid.Create(), template.Id, version.Id, version.Number, template.Code, name.Trim(), startDate);
        var calendar = await calendars.GetAsync(startDate, cancellationToken);
        var groupStart = calendar.NextWorkingDay(startDate);
        foreach (var group in version.Steps.GroupBy(s => s.ParallelGroup).OrderBy(g => g.Key))
        {
            var groupEnd = groupStart;
            foreach (var definition in group.OrderBy(s => s.Order))
            {
                var due = calendar.EndOf(groupStart, definition.PlannedDays);
                var assignees = definition.ResponsiblePositionIds.SelectMany(id => holders.GetValueOrDefault(id) ?? []);
                instance.AddStep(new ProcessStep(SequentialGuid.Create(), instance.Id, definition, assignees, groupStart, due));
                groupEnd = due > groupEnd ? due : groupEnd;
            }

            groupStart = calendar.NextWorkingDay(groupEnd.AddDays(1));
        }

        await instances.InsertAsync(instance, cancellationToken);
        return instance;
    }
}

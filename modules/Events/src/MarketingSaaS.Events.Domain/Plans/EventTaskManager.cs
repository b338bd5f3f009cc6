using MarketingSaaS.Approvals;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Events.Plans;

/// <summary>
/// Creates and changes plan tasks: end on or after start, at most one Responsible and one Accountable, every RACI
/// party a user or a position of the company's org chart. Progress is reported by the Responsible (the user, or a
/// holder of the position) or by someone allowed to manage events.
/// </summary>
public sealed class EventTaskManager(IUserLookup users, IOrgChartSnapshotReader orgChart)
{
    public async Task<EventTask> CreateAsync(MarketingEvent marketingEvent, EventTaskDraft draft, CancellationToken cancellationToken = default)
    {
        EventPlanRules.EnsurePlanOpen(marketingEvent);
        return new EventTask(SequentialGuid.Create(), marketingEvent.Id, await CheckAsync(draft, cancellationToken));
    }

    public async Task UpdateAsync(MarketingEvent marketingEvent, EventTask task, EventTaskDraft draft, CancellationToken cancellationToken = default)
    {
        EventPlanRules.EnsurePlanOpen(marketingEvent);
        task.Apply(await CheckAsync(draft, cancellationToken));
    }

    public static void EnsureDeletable(MarketingEvent marketingEvent) => EventPlanRules.EnsurePlanOpen(marketingEvent);

    public async Task SetProgressAsync(MarketingEvent marketingEvent, EventTask task, int percent, Guid userId, bool canManage, CancellationToken cancellationToken = default)
    {
        if (!canManage && !await IsResponsibleAsync(task, userId, cancellationToken))
        {
            throw new ForbiddenException(EventPlanErrorCodes.NotResponsible);
        }

        EventPlanRules.EnsureProgressOpen(marketingEvent);
        task.SetProgress(percent);
    }

    public async Task<bool> IsResponsibleAsync(EventTask task, Guid userId, CancellationToken cancellationToken = default) =>
        task.Responsible switch
        {
            null => false,
            { Kind: RaciPartyKind.User } r => r.PartyId == userId,
            { } r => (await orgChart.ReadAsync(cancellationToken)).Position(r.PartyId)?.HolderUserIds.Contains(userId) == true,
        };

    private async Task<EventTaskDraft> CheckAsync(EventTaskDraft draft, CancellationToken cancellationToken)
    {
        if (draft.EndDate < draft.StartDate)
        {
            throw new FieldValidationException("endDate", EventPlanErrorCodes.InvalidTaskDates);
        }

        foreach (var single in new[] { RaciRole.Responsible, RaciRole.Accountable })
        {
            if (draft.Raci.Select(r => (r.Kind, r.PartyId, r.Role)).Distinct().Count(r => r.Role == single) > 1)
            {
                throw new FieldValidationException("raci", EventPlanErrorCodes.DuplicateRaciRole);
            }
        }

        var existingUsers = await users.FindExistingAsync(draft.Raci.Where(r => r.Kind == RaciPartyKind.User).Select(r => r.PartyId).Distinct(), cancellationToken);
        var chart = draft.Raci.Any(r => r.Kind == RaciPartyKind.Position) ? await orgChart.ReadAsync(cancellationToken) : null;
        for (var i = 0; i < draft.Raci.Count; i++)
        {
            var entry = draft.Raci[i];
            if (entry.Kind == RaciPartyKind.User && !existingUsers.Contains(entry.PartyId))
            {
                throw new FieldValidationException($"raci[{i}].partyId", EventPlanErrorCodes.UnknownRaciUser);
            }

            if (entry.Kind == RaciPartyKind.Position && chart!.Position(entry.PartyId) is null)
            {
                throw new FieldValidationException($"raci[{i}].partyId", EventPlanErrorCodes.UnknownRaciPosition);
            }
        }

        return draft with { Name = draft.Name.Trim(), Raci = [.. draft.Raci.Distinct()] };
    }
}

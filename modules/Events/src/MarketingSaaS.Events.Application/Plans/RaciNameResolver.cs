using MarketingSaaS.Approvals;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Events.Plans;

/// <summary>Display names of RACI parties: users by name, positions by the org chart (one read each per call); null for a party that no longer exists.</summary>
public sealed class RaciNameResolver(IUserLookup users, IOrgChartSnapshotReader orgChart)
{
    public async Task<Func<EventTaskAssignment, string?>> ResolveAsync(IEnumerable<EventTask> tasks, CancellationToken cancellationToken = default)
    {
        var nameOf = await ResolveAsync(tasks.SelectMany(t => t.Raci).Select(e => new RaciAssignmentDraft(e.Role, e.Kind, e.PartyId)), cancellationToken);
        return e => nameOf(e.Kind, e.PartyId);
    }

    public async Task<Func<RaciPartyKind, Guid, string?>> ResolveAsync(IEnumerable<RaciAssignmentDraft> entries, CancellationToken cancellationToken = default)
    {
        var list = entries.ToList();
        var userNames = await users.GetNamesAsync(list.Where(e => e.Kind == RaciPartyKind.User).Select(e => e.PartyId).Distinct(), cancellationToken);
        var chart = list.Any(e => e.Kind == RaciPartyKind.Position) ? await orgChart.ReadAsync(cancellationToken) : null;
        return (kind, partyId) => kind == RaciPartyKind.User ? userNames.GetValueOrDefault(partyId) : chart?.Position(partyId)?.Name;
    }
}

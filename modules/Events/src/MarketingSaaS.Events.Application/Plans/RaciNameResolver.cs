using MarketingSaaS.Approvals;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Events.Plans;

/// <summary>Display names of RACI parties: users by name, positions by the org chart (one read each per call).</summary>
public sealed class RaciNameResolver(IUserLookup users, IOrgChartSnapshotReader orgChart)
{
    public async Task<Func<EventTaskAssignment, string?>> ResolveAsync(IEnumerable<EventTask> tasks, CancellationToken cancellationToken = default)
    {
        var entries = tasks.SelectMany(t => t.Raci).ToList();
        var userNames = await users.GetNamesAsync(entries.Where(e => e.Kind == RaciPartyKind.User).Select(e => e.PartyId).Distinct(), cancellationToken);
        var chart = entries.Any(e => e.Kind == RaciPartyKind.Position) ? await orgChart.ReadAsync(cancellationToken) : null;
        return e => e.Kind == RaciPartyKind.User ? userNames.GetValueOrDefault(e.PartyId) : chart?.Position(e.PartyId)?.Name;
    }
}

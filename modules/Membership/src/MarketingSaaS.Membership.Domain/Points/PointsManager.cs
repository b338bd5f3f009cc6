using MarketingSaaS.Membership.Members;

namespace MarketingSaaS.Membership.Points;

/// <summary>Loads a member's ledger at the clock's now and saves what it wrote.</summary>
public sealed class PointsManager(IPointsEntryRepository entries, IMemberLedgerLock ledgerLock, TimeProvider clock)
{
    /// <summary>For reading: expiries that fell due are in it but are not saved.</summary>
    public async Task<PointsLedger> ReadAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        new(memberId, await entries.GetLedgerAsync(memberId, cancellationToken), clock.GetUtcNow());

    /// <summary>For changing: under the member's ledger lock (take it before reading anything the change depends on).</summary>
    public async Task<PointsLedger> OpenAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        await ledgerLock.EnterAsync(memberId, cancellationToken);
        return await ReadAsync(memberId, cancellationToken);
    }

    public async Task SaveAsync(PointsLedger ledger, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ledger.Added)
        {
            await entries.InsertAsync(entry, cancellationToken);
        }
    }
}

using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Membership.Points;

/// <summary>
/// A member's points ledger at a moment (docs/modules/membership.md, "Points"). Earnings past their expiry date are
/// expired first, so expired points never count; the balance is the sum of the entries and always equals the unspent
/// rest of the earnings. Spending (redeeming, reversing) takes from the earliest-expiring earnings first.
/// </summary>
public sealed class PointsLedger
{
    private readonly List<PointsEntry> _entries;
    private readonly List<PointsEntry> _added = [];

    public PointsLedger(Guid memberId, IEnumerable<PointsEntry> entries, DateTimeOffset now)
    {
        MemberId = memberId;
        Now = now;
        _entries = [.. entries];
        ExpireDue();
    }

    public Guid MemberId { get; }

    public DateTimeOffset Now { get; }

    /// <summary>Every entry, in the order it happened.</summary>
    public IReadOnlyList<PointsEntry> Entries => _entries;

    /// <summary>The entries this ledger wrote (expiries that fell due included): the caller saves them.</summary>
    public IReadOnlyList<PointsEntry> Added => _added;

    public int Balance => _entries.Sum(e => e.Points);

    public void Earn(Guid purchaseId, int points, DateTimeOffset at, DateTimeOffset expiresAt)
    {
        if (points <= 0)
        {
            return;
        }

        Add(PointsEntry.Earn(MemberId, purchaseId, points, at, expiresAt));
        ExpireDue();
    }

    public PointsEntry Redeem(int points, string? note)
    {
        if (points > Balance)
        {
            throw new BusinessException(MembershipErrorCodes.InsufficientPoints, new Dictionary<string, object?> { ["balance"] = Balance, ["points"] = points });
        }

        Spend(points, Unspent());
        var entry = PointsEntry.Redeem(MemberId, points, Now, note);
        Add(entry);
        return entry;
    }

    /// <summary>
    /// Takes back <paramref name="points"/> of a refunded purchase: first the purchase's own unspent earning, then the
    /// earliest-expiring others, never below a zero balance; what it cannot take is recorded as the shortfall.
    /// </summary>
    public void Reverse(Guid purchaseId, int points)
    {
        if (points <= 0)
        {
            return;
        }

        var unspent = Unspent().ToList();
        var order = unspent.Where(e => e.PurchaseId == purchaseId).Concat(unspent.Where(e => e.PurchaseId != purchaseId));
        var taken = Spend(points, order);
        Add(PointsEntry.Reverse(MemberId, purchaseId, taken, points - taken, Now));
    }

    /// <summary>Points the purchase earned, less what its reversals took back or fell short of.</summary>
    public int StillEarnedBy(Guid purchaseId) =>
        _entries.Where(e => e.PurchaseId == purchaseId).Sum(e => e.Kind == PointsEntryKind.Reverse ? e.Points - e.Shortfall : e.Points);

    public int EarnedBy(Guid purchaseId) =>
        _entries.Where(e => e.PurchaseId == purchaseId && e.Kind == PointsEntryKind.Earn).Sum(e => e.Points);

    private IEnumerable<PointsEntry> Unspent() =>
        _entries.Where(e => e.Kind == PointsEntryKind.Earn && e.Remaining > 0).OrderBy(e => e.ExpiresAt).ThenBy(e => e.OccurredAt).ThenBy(e => e.Id);

    private static int Spend(int points, IEnumerable<PointsEntry> earnings)
    {
        var taken = 0;
        foreach (var earning in earnings)
        {
            if (taken == points)
            {
                break;
            }

            taken += earning.Take(points - taken);
        }

        return taken;
    }

    private void ExpireDue()
    {
        foreach (var earning in _entries.Where(e => e.Kind == PointsEntryKind.Earn && e.Remaining > 0 && e.ExpiresAt <= Now).ToList())
        {
            var expiry = PointsEntry.Expire(earning);
            earning.Take(earning.Remaining);
            Add(expiry);
        }
    }

    private void Add(PointsEntry entry)
    {
        _entries.Add(entry);
        _added.Add(entry);
    }
}

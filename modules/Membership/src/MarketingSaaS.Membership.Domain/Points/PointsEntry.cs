using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Membership.Points;

/// <summary>One line of a member's points ledger; the balance is the sum of <see cref="Points"/>.</summary>
public sealed class PointsEntry : Entity<Guid>, IMultiTenant, ICreationAudited
{
    private PointsEntry() { }

    private PointsEntry(Guid id, Guid memberId, PointsEntryKind kind, int points, DateTimeOffset occurredAt) : base(id)
    {
        MemberId = memberId;
        Kind = kind;
        Points = points;
        OccurredAt = occurredAt;
    }

    public Guid TenantId { get; private set; }

    public Guid MemberId { get; private set; }

    public PointsEntryKind Kind { get; private set; }

    /// <summary>Positive for an earning, negative otherwise.</summary>
    public int Points { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>An earning: when its unspent points expire.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>An earning: its points not yet redeemed, reversed or expired.</summary>
    public int Remaining { get; private set; }

    /// <summary>The purchase an earning or reversal belongs to.</summary>
    public Guid? PurchaseId { get; private set; }

    /// <summary>An expiry: the earning it ends.</summary>
    public Guid? EarningId { get; private set; }

    /// <summary>A reversal: the points it could not take back because they were already spent (the balance stays at zero).</summary>
    public int Shortfall { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }

    internal static PointsEntry Earn(Guid memberId, Guid purchaseId, int points, DateTimeOffset at, DateTimeOffset expiresAt) =>
        new(SequentialGuid.Create(), memberId, PointsEntryKind.Earn, points, at) { PurchaseId = purchaseId, ExpiresAt = expiresAt, Remaining = points };

    internal static PointsEntry Redeem(Guid memberId, int points, DateTimeOffset at, string? note) =>
        new(SequentialGuid.Create(), memberId, PointsEntryKind.Redeem, -points, at) { Note = note };

    internal static PointsEntry Expire(PointsEntry earning) =>
        new(SequentialGuid.Create(), earning.MemberId, PointsEntryKind.Expire, -earning.Remaining, earning.ExpiresAt!.Value) { EarningId = earning.Id };

    internal static PointsEntry Reverse(Guid memberId, Guid purchaseId, int points, int shortfall, DateTimeOffset at) =>
        new(SequentialGuid.Create(), memberId, PointsEntryKind.Reverse, -points, at) { PurchaseId = purchaseId, Shortfall = shortfall };

    /// <summary>Takes up to <paramref name="wanted"/> of the unspent points; returns how many it took.</summary>
    internal int Take(int wanted)
    {
        var taken = Math.Min(wanted, Remaining);
        Remaining -= taken;
        return taken;
    }
}

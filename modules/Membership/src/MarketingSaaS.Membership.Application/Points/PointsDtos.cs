using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Membership.Points;

/// <summary>One ledger line; <see cref="Balance"/> is the running balance after it.</summary>
public sealed record PointsEntryDto(
    Guid Id,
    PointsEntryKind Kind,
    int Points,
    int Balance,
    DateTimeOffset OccurredAt,
    DateTimeOffset? ExpiresAt,
    int Remaining,
    Guid? PurchaseId,
    int Shortfall,
    string? Note);

/// <summary>A member's points at the clock's now: the balance (the sum of the entries) and every entry, oldest first.</summary>
public sealed record PointsStatementDto(Guid MemberId, int Balance, DateTimeOffset AsOf, IReadOnlyList<PointsEntryDto> Entries);

public sealed class RedeemPointsDto
{
    [Range(1, int.MaxValue)]
    public int Points { get; set; }

    [StringLength(256)]
    public string? Note { get; set; }
}

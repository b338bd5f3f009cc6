using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Approvals;

/// <summary>
/// A user lets another user decide their approvals during [From, Until) (UTC, Until exclusive).
/// Evaluated when a decision is taken, not at submission; revoking ends it at once and keeps the row.
/// </summary>
public sealed class ApprovalDelegation : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private ApprovalDelegation() { }

    internal ApprovalDelegation(Guid id, Guid delegatorUserId, Guid delegateUserId, DateTimeOffset from, DateTimeOffset until, string? reason) : base(id)
    {
        DelegatorUserId = delegatorUserId;
        DelegateUserId = delegateUserId;
        From = from;
        Until = until;
        Reason = reason;
    }

    public Guid TenantId { get; private set; }

    /// <summary>The approver who hands over their approvals.</summary>
    public Guid DelegatorUserId { get; private set; }

    /// <summary>The person who may decide in the delegator's place.</summary>
    public Guid DelegateUserId { get; private set; }

    public DateTimeOffset From { get; private set; }

    /// <summary>Exclusive end of the window.</summary>
    public DateTimeOffset Until { get; private set; }

    public string? Reason { get; private set; }

    public bool IsRevoked { get; private set; }

    public DateTimeOffset? RevocationTime { get; private set; }

    public bool IsActiveAt(DateTimeOffset instant) => !IsRevoked && From <= instant && instant < Until;

    internal void Change(DateTimeOffset from, DateTimeOffset until, string? reason)
    {
        From = from;
        Until = until;
        Reason = reason;
    }

    internal void Revoke(DateTimeOffset now)
    {
        IsRevoked = true;
        RevocationTime = now;
    }
}

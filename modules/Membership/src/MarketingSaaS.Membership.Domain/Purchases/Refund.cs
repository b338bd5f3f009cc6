using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Membership.Purchases;

/// <summary>Money given back on a purchase; never more than what is left of it.</summary>
public sealed class Refund : AggregateRoot<Guid>, IMultiTenant, ICreationAudited
{
    private Refund() { }

    internal Refund(Guid id, Guid purchaseId, Guid memberId, DateTimeOffset refundedAt, decimal amount, string currency, string? reason) : base(id)
    {
        PurchaseId = purchaseId;
        MemberId = memberId;
        RefundedAt = refundedAt;
        Amount = amount;
        Currency = currency;
        Reason = reason;
    }

    public Guid TenantId { get; private set; }

    public Guid PurchaseId { get; private set; }

    public Guid MemberId { get; private set; }

    public DateTimeOffset RefundedAt { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public string? Reason { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }
}

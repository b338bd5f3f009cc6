using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Membership.Purchases;

/// <summary>An order of a member: when (UTC), how much in the company currency, what category; refunds reduce what is left.</summary>
public sealed class Purchase : AggregateRoot<Guid>, IMultiTenant, ICreationAudited
{
    private Purchase() { }

    internal Purchase(Guid id, Guid memberId, DateTimeOffset purchasedAt, decimal amount, string currency, string? category, string? orderNumber) : base(id)
    {
        MemberId = memberId;
        PurchasedAt = purchasedAt;
        Amount = amount;
        Currency = currency;
        Category = category;
        OrderNumber = orderNumber;
    }

    public Guid TenantId { get; private set; }

    public Guid MemberId { get; private set; }

    public DateTimeOffset PurchasedAt { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public string? Category { get; private set; }

    /// <summary>The store's or ERP's order number, where known.</summary>
    public string? OrderNumber { get; private set; }

    /// <summary>The sum of the purchase's refunds.</summary>
    public decimal RefundedAmount { get; private set; }

    public decimal RemainingAmount => Amount - RefundedAmount;

    public DateTimeOffset CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }

    internal void AddRefund(decimal amount) => RefundedAmount += amount;
}

using MarketingSaaS.Events.Expenses;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Figures;

/// <summary>Revenue attributed to an event, entered (and corrected) after the event; the numerator of its ROI.</summary>
public sealed class EventAttributedRevenue : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private EventAttributedRevenue() { }

    public EventAttributedRevenue(Guid id, Guid marketingEventId, decimal amount, string currency, string? note) : base(id)
    {
        MarketingEventId = marketingEventId;
        Set(amount, currency, note);
    }

    public Guid TenantId { get; private set; }

    public Guid MarketingEventId { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public string? Note { get; private set; }

    /// <summary>Zero or more with at most two decimals (400 on "amount" otherwise).</summary>
    public void Set(decimal amount, string currency, string? note)
    {
        if (amount < 0 || decimal.Round(amount, 2) != amount)
        {
            throw new FieldValidationException("amount", EventExpenseErrorCodes.InvalidRevenue);
        }

        Amount = amount;
        Currency = currency;
        Note = note;
    }
}

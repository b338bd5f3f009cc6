using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Budgets;

/// <summary>
/// A category of a budget reached a warning level (80 %, 100 %, over) for the first time. Recorded once per
/// level and never changed; the unit heads at that moment are the people to notify.
/// </summary>
public sealed class BudgetWarning : Entity<Guid>, IMultiTenant
{
    private BudgetWarning() { }

    internal BudgetWarning(Guid id, Budget budget, BudgetCategory category, BudgetWarningLevel level, decimal planned, decimal used, DateTimeOffset reachedAt, IEnumerable<Guid> notifyUserIds)
        : base(id)
    {
        BudgetId = budget.Id;
        OrganizationUnitId = budget.OrganizationUnitId;
        FiscalYear = budget.FiscalYear;
        Category = category;
        Level = level;
        Planned = planned;
        Used = used;
        Currency = budget.Currency;
        ReachedAt = reachedAt;
        NotifyUserIds = [.. notifyUserIds];
    }

    public Guid TenantId { get; private set; }

    public Guid BudgetId { get; private set; }

    public Guid OrganizationUnitId { get; private set; }

    public int FiscalYear { get; private set; }

    public BudgetCategory Category { get; private set; }

    public BudgetWarningLevel Level { get; private set; }

    /// <summary>The category's planned amount and used amount (committed + actual) when the level was reached.</summary>
    public decimal Planned { get; private set; }

    public decimal Used { get; private set; }

    public string Currency { get; private set; } = "";

    public DateTimeOffset ReachedAt { get; private set; }

    /// <summary>The holders of the unit's head post (escalated to the unit above when vacant).</summary>
    public List<Guid> NotifyUserIds { get; private set; } = [];
}

using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Budgets;

/// <summary>Money actually spent, optionally settling a commitment.</summary>
public sealed class Expense : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Expense() { }

    internal Expense(Guid id, Guid budgetId, Guid organizationUnitId, BudgetCategory category, DateTimeOffset date, FiscalDate fiscalDate, decimal amount, string currency, string description, Guid? commitmentId)
        : base(id)
    {
        BudgetId = budgetId;
        OrganizationUnitId = organizationUnitId;
        Category = category;
        Date = date;
        FiscalYear = fiscalDate.FiscalYear;
        FiscalQuarter = fiscalDate.Quarter;
        Month = fiscalDate.Month;
        Amount = amount;
        Currency = currency;
        Description = description;
        CommitmentId = commitmentId;
    }

    public Guid TenantId { get; private set; }

    public Guid BudgetId { get; private set; }

    public Guid OrganizationUnitId { get; private set; }

    public BudgetCategory Category { get; private set; }

    public DateTimeOffset Date { get; private set; }

    public int FiscalYear { get; private set; }

    public int FiscalQuarter { get; private set; }

    public int Month { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public string Description { get; private set; } = "";

    public Guid? CommitmentId { get; private set; }

    public FiscalDate FiscalDate => new(FiscalYear, FiscalQuarter, Month);

    /// <summary>A correction of a wrongly entered amount (the change is in the audit log).</summary>
    internal void ChangeAmount(decimal amount) => Amount = amount;
}

using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Budgets;

/// <summary>Money reserved by an approved request until it is spent (settled by expenses) or released.</summary>
public sealed class BudgetCommitment : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private BudgetCommitment() { }

    internal BudgetCommitment(Guid id, Guid budgetId, string sourceReference, Guid organizationUnitId, BudgetCategory category, DateTimeOffset date, FiscalDate fiscalDate, decimal amount, string currency)
        : base(id)
    {
        BudgetId = budgetId;
        SourceReference = sourceReference;
        OrganizationUnitId = organizationUnitId;
        Category = category;
        Date = date;
        FiscalYear = fiscalDate.FiscalYear;
        FiscalQuarter = fiscalDate.Quarter;
        Month = fiscalDate.Month;
        Amount = amount;
        Currency = currency;
    }

    public Guid TenantId { get; private set; }

    public Guid BudgetId { get; private set; }

    /// <summary>What reserved the money, e.g. "approvals:&lt;requestId&gt;".</summary>
    public string SourceReference { get; private set; } = "";

    public Guid OrganizationUnitId { get; private set; }

    public BudgetCategory Category { get; private set; }

    public DateTimeOffset Date { get; private set; }

    public int FiscalYear { get; private set; }

    public int FiscalQuarter { get; private set; }

    public int Month { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public decimal SettledAmount { get; private set; }

    public BudgetCommitmentStatus Status { get; private set; }

    public bool NeedsExtraApproval { get; internal set; }

    public decimal OpenAmount => Status == BudgetCommitmentStatus.Open ? Math.Max(Amount - SettledAmount, 0m) : 0m;

    public FiscalDate FiscalDate => new(FiscalYear, FiscalQuarter, Month);

    /// <summary>Settles at most the open amount; an expense above it counts as actual spend all the same.</summary>
    internal void Settle(decimal amount) => SettledAmount += Math.Min(amount, OpenAmount);

    /// <summary>After an expense was corrected or removed: settled is what its expenses add up to, at most the amount.</summary>
    internal void Resettle(decimal expensesTotal) => SettledAmount = Math.Min(expensesTotal, Amount);

    internal void Release() => Status = BudgetCommitmentStatus.Released;
}

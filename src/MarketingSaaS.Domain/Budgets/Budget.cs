using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Budgets;

/// <summary>The plan of one organization unit for one fiscal year, in one currency, split into lines.</summary>
public sealed class Budget : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<BudgetLine> _lines = [];

    private Budget() { }

    internal Budget(Guid id, int fiscalYear, Guid organizationUnitId, string currency, string name) : base(id)
    {
        FiscalYear = fiscalYear;
        OrganizationUnitId = organizationUnitId;
        Currency = currency;
        Name = name;
    }

    public Guid TenantId { get; private set; }

    public int FiscalYear { get; private set; }

    public Guid OrganizationUnitId { get; private set; }

    public string Currency { get; private set; } = "";

    public string Name { get; set; } = "";

    public IReadOnlyList<BudgetLine> Lines => _lines;

    internal void SetLines(IEnumerable<BudgetLineDraft> drafts)
    {
        _lines.Clear();
        foreach (var draft in drafts)
        {
            _lines.Add(new BudgetLine(SequentialGuid.Create(), Id, draft.Category, draft.PeriodKind, draft.PeriodNumber, draft.PlannedAmount));
        }
    }
}

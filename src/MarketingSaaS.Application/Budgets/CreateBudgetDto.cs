using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Budgets;

public sealed class CreateBudgetDto
{
    [Range(BudgetConsts.MinFiscalYear, BudgetConsts.MaxFiscalYear)]
    public int FiscalYear { get; set; }

    [Required]
    public Guid? OrganizationUnitId { get; set; }

    /// <summary>ISO 4217; the company's currency setting when empty.</summary>
    [StringLength(BudgetConsts.CurrencyLength)]
    public string? Currency { get; set; }

    [Required, StringLength(BudgetConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [MaxLength(BudgetInputLimits.MaxLines)]
    public List<BudgetLineDto> Lines { get; set; } = [];
}

using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Budgets;

public sealed class CreateBudgetCommitmentDto
{
    [Required, StringLength(BudgetConsts.MaxSourceReferenceLength)]
    public string SourceReference { get; set; } = "";

    [Required]
    public Guid? OrganizationUnitId { get; set; }

    public BudgetCategory Category { get; set; }

    [Required]
    public DateTimeOffset? Date { get; set; }

    [Money(nameof(Currency))]
    public decimal Amount { get; set; }

    [Required, StringLength(BudgetConsts.CurrencyLength)]
    public string Currency { get; set; } = "";
}

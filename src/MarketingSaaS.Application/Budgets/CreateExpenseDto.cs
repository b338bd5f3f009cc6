using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Budgets;

public sealed class CreateExpenseDto
{
    [Required]
    public Guid? OrganizationUnitId { get; set; }

    public BudgetCategory Category { get; set; }

    [Required]
    public DateTimeOffset? Date { get; set; }

    [Money(nameof(Currency))]
    public decimal Amount { get; set; }

    [Required, StringLength(BudgetConsts.CurrencyLength)]
    public string Currency { get; set; } = "";

    [Required, StringLength(BudgetConsts.MaxDescriptionLength)]
    public string Description { get; set; } = "";

    /// <summary>The commitment this expense settles, if any.</summary>
    public Guid? CommitmentId { get; set; }
}

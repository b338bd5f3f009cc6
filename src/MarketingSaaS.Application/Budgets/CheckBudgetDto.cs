using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Budgets;

public sealed class CheckBudgetDto
{
    [Required]
    public Guid? OrganizationUnitId { get; set; }

    public BudgetCategory Category { get; set; }

    [Required]
    public DateTimeOffset? Date { get; set; }

    [Money]
    public decimal Amount { get; set; }
}

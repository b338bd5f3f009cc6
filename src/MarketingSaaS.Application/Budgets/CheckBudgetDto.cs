using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Budgets;

public sealed class CheckBudgetDto
{
    [Required]
    public Guid? OrganizationUnitId { get; set; }

    public BudgetCategory Category { get; set; }

    [Required]
    public DateTimeOffset? Date { get; set; }

    public decimal Amount { get; set; }
}

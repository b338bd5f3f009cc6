using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Budgets;

public sealed class UpdateBudgetDto
{
    [Required, StringLength(BudgetConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [MaxLength(BudgetInputLimits.MaxLines)]
    public List<BudgetLineDto> Lines { get; set; } = [];

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

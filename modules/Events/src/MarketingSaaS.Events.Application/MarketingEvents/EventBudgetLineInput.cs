using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Events.MarketingEvents;

public sealed class EventBudgetLineInput
{
    [Required]
    [StringLength(MarketingEventConsts.MaxBudgetCategoryLength, MinimumLength = 1)]
    public string Category { get; set; } = "";

    [Money(nameof(Currency))]
    public decimal Amount { get; set; }

    [Required]
    [StringLength(MarketingEventConsts.CurrencyLength, MinimumLength = MarketingEventConsts.CurrencyLength)]
    public string Currency { get; set; } = "";
}

using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Events.Expenses;

public sealed class CreateEventExpenseDto
{
    [Required]
    public Guid? BudgetLineId { get; set; }

    [Money(nameof(Currency))]
    public decimal Amount { get; set; }

    [Required]
    [StringLength(MarketingEventConsts.CurrencyLength, MinimumLength = MarketingEventConsts.CurrencyLength)]
    public string Currency { get; set; } = "";

    [Required]
    public DateTimeOffset? SpentOn { get; set; }

    [StringLength(EventExpenseConsts.MaxNoteLength)]
    public string? Note { get; set; }
}

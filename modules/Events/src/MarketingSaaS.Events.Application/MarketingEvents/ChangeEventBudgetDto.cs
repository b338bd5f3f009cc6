using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>New budget lines; after submission a changed total re-routes the approval request.</summary>
public sealed class ChangeEventBudgetDto
{
    [MaxLength(MarketingEventConsts.MaxBudgetLines)]
    public List<EventBudgetLineInput> BudgetLines { get; set; } = [];

    [StringLength(MarketingEventConsts.MaxTextLength)]
    public string? Comment { get; set; }

    [Required]
    public string? ConcurrencyStamp { get; set; }
}

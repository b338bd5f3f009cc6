using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Reviews;

public sealed class EventImprovementItemInput
{
    [Required]
    [StringLength(EventReviewConsts.MaxImprovementLength, MinimumLength = 1)]
    public string Description { get; set; } = "";

    [Required]
    public Guid? OwnerUserId { get; set; }

    [Required]
    public DateOnly? DueDate { get; set; }
}

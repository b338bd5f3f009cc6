using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Reviews;

/// <summary>The whole review; the first save creates it, later saves need the stamp read (a stale stamp → 409).</summary>
public sealed class SaveEventReviewDto
{
    [Required]
    [StringLength(EventReviewConsts.MaxTextLength, MinimumLength = 1)]
    public string GoalAttainment { get; set; } = "";

    [Required]
    [StringLength(EventReviewConsts.MaxTextLength, MinimumLength = 1)]
    public string ResourceEfficiency { get; set; } = "";

    [StringLength(EventReviewConsts.MaxTextLength)]
    public string? Feedback { get; set; }

    [MaxLength(EventReviewConsts.MaxImprovements)]
    public List<EventImprovementItemInput> Improvements { get; set; } = [];

    public string? ConcurrencyStamp { get; set; }
}

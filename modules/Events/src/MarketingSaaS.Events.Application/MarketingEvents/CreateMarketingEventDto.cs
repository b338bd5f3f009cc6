using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Approvals;

namespace MarketingSaaS.Events.MarketingEvents;

public class CreateMarketingEventDto
{
    [Required]
    [StringLength(MarketingEventConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [EnumDataType(typeof(MarketingEventType))]
    public MarketingEventType Type { get; set; }

    /// <summary>专项 (special) rather than routine: approved by the GM under the default policies.</summary>
    public bool IsSpecial { get; set; }

    [EnumDataType(typeof(RiskTier))]
    public RiskTier RiskTier { get; set; }

    [StringLength(MarketingEventConsts.MaxTextLength)]
    public string? Goal { get; set; }

    [StringLength(MarketingEventConsts.MaxThemeLength)]
    public string? Theme { get; set; }

    [StringLength(MarketingEventConsts.MaxTextLength)]
    public string? TargetAudience { get; set; }

    [StringLength(MarketingEventConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    [Required]
    public DateTimeOffset? StartTime { get; set; }

    [Required]
    public DateTimeOffset? EndTime { get; set; }

    [StringLength(MarketingEventConsts.MaxPlaceLength)]
    public string? Place { get; set; }

    [StringLength(MarketingEventConsts.MaxOnlineLinkLength)]
    public string? OnlineLink { get; set; }

    [Required]
    public Guid? OwnerUnitId { get; set; }

    public EventValueCanvasDto? ValueCanvas { get; set; }

    [MaxLength(MarketingEventConsts.MaxBudgetLines)]
    public List<EventBudgetLineInput> BudgetLines { get; set; } = [];
}

using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Plans;

public class CreateEventRiskDto
{
    [Required]
    [StringLength(EventPlanConsts.MaxRiskTextLength, MinimumLength = 1)]
    public string Description { get; set; } = "";

    [EnumDataType(typeof(RiskLevel))]
    public RiskLevel Likelihood { get; set; }

    [EnumDataType(typeof(RiskLevel))]
    public RiskLevel Impact { get; set; }

    /// <summary>应急预案: what is done when the risk happens.</summary>
    [StringLength(EventPlanConsts.MaxRiskTextLength)]
    public string? ContingencyPlan { get; set; }

    /// <summary>A user of the company.</summary>
    [Required]
    public Guid? OwnerUserId { get; set; }

    [EnumDataType(typeof(EventRiskStatus))]
    public EventRiskStatus Status { get; set; }
}

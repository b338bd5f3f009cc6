using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Approvals;

public sealed class ApprovalRuleDto
{
    public Guid? Id { get; set; }

    public int Order { get; set; }

    [Required, StringLength(ApprovalPolicyConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Range(typeof(decimal), "0", "1000000000000")]
    [Money(nameof(Currency))]
    public decimal? MinAmount { get; set; }

    public bool MinInclusive { get; set; } = true;

    [Range(typeof(decimal), "0", "1000000000000")]
    [Money(nameof(Currency))]
    public decimal? MaxAmount { get; set; }

    public bool MaxInclusive { get; set; }

    [Required, RegularExpression("^[A-Za-z]{3}$")]
    public string Currency { get; set; } = "CNY";

    public RiskTier? RiskTier { get; set; }

    public bool? IsSpecial { get; set; }

    public Guid? RequesterUnitId { get; set; }

    [Required, MaxLength(ApprovalPolicyConsts.MaxStages)]
    public List<ApprovalStageDto> Stages { get; set; } = [];
}

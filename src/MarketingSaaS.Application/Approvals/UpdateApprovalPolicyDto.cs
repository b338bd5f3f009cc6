using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

public sealed class UpdateApprovalPolicyDto
{
    [Required, StringLength(ApprovalPolicyConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [MaxLength(ApprovalPolicyConsts.MaxRules)]
    public List<ApprovalRuleDto> Rules { get; set; } = [];

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

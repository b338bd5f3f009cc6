using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

public class CreateApprovalPolicyDto
{
    public ApprovalBusinessType BusinessType { get; set; }

    [Required, StringLength(ApprovalPolicyConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [MaxLength(ApprovalPolicyConsts.MaxRules)]
    public List<ApprovalRuleDto> Rules { get; set; } = [];
}

using MarketingSaaS.Approvals.BusinessTypes;
using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

public class CreateApprovalPolicyDto
{
    /// <summary>A registered business type, e.g. <c>Expense</c> or <c>Events.Event</c>.</summary>
    [Required, StringLength(ApprovalBusinessTypeConsts.MaxNameLength)]
    public string BusinessType { get; set; } = "";

    [Required, StringLength(ApprovalPolicyConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [MaxLength(ApprovalPolicyConsts.MaxRules)]
    public List<ApprovalRuleDto> Rules { get; set; } = [];
}

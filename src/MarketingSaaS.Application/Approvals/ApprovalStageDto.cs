using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

public sealed class ApprovalStageDto
{
    public ApprovalStageMode Mode { get; set; }

    [Required, MaxLength(ApprovalPolicyConsts.MaxApproversPerStage)]
    public List<ApproverDto> Approvers { get; set; } = [];
}

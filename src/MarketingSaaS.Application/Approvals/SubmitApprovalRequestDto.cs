using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

public sealed class SubmitApprovalRequestDto : ReviseApprovalRequestDto
{
    public ApprovalBusinessType BusinessType { get; set; }

    [Required, StringLength(ApprovalRequestConsts.MaxSubjectModuleLength)]
    public string SubjectModule { get; set; } = "";

    [Required, StringLength(ApprovalRequestConsts.MaxSubjectIdLength)]
    public string SubjectId { get; set; } = "";
}

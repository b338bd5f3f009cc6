using MarketingSaaS.Approvals.BusinessTypes;
using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

public sealed class SubmitApprovalRequestDto : ReviseApprovalRequestDto
{
    /// <summary>A registered business type, e.g. <c>Expense</c> or <c>Events.Event</c>.</summary>
    [Required, StringLength(ApprovalBusinessTypeConsts.MaxNameLength)]
    public string BusinessType { get; set; } = "";

    [Required, StringLength(ApprovalRequestConsts.MaxSubjectModuleLength)]
    public string SubjectModule { get; set; } = "";

    [Required, StringLength(ApprovalRequestConsts.MaxSubjectIdLength)]
    public string SubjectId { get; set; } = "";
}

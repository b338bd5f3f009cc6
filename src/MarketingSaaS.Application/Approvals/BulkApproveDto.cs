using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

/// <summary>Approve several waiting requests with one optional comment.</summary>
public sealed class BulkApproveDto
{
    public const int MaxRequests = 50;

    [Required, MinLength(1), MaxLength(MaxRequests)]
    public List<Guid> RequestIds { get; set; } = [];

    [StringLength(ApprovalRequestConsts.MaxCommentLength)]
    public string? Comment { get; set; }
}

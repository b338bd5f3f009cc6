using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

/// <summary>A decision or withdrawal; the stamp, when given, must be the request's current one (409 otherwise).</summary>
public sealed class ApprovalActionDto
{
    [StringLength(ApprovalRequestConsts.MaxCommentLength)]
    public string? Comment { get; set; }

    public string? ConcurrencyStamp { get; set; }
}

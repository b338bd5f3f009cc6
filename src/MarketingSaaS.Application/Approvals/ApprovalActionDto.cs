using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

/// <summary>A decision or withdrawal; the stamp, when given, must be the request's current one (409 otherwise).</summary>
public sealed class ApprovalActionDto
{
    [StringLength(ApprovalRequestConsts.MaxCommentLength)]
    public string? Comment { get; set; }

    public string? ConcurrencyStamp { get; set; }

    /// <summary>For a delegate: the approver whose slot to decide (otherwise one's own slot comes first, then a delegator's).</summary>
    public Guid? OnBehalfOfUserId { get; set; }

    /// <summary>
    /// Return only: the earlier stage (0-based) to send the request back to, instead of to the requester. Optional;
    /// without it a return ends the request as Returned.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int? ReturnToStageIndex { get; set; }
}

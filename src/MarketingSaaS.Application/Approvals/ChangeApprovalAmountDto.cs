using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Approvals;

/// <summary>A new amount for the subject of a request; the stamp is the request's as the client read it (409 when stale).</summary>
public sealed class ChangeApprovalAmountDto
{
    [Range(typeof(decimal), "0", "1000000000000")]
    [Money]
    public decimal Amount { get; set; }

    [Required]
    public string? ConcurrencyStamp { get; set; }

    [StringLength(ApprovalRequestConsts.MaxCommentLength)]
    public string? Comment { get; set; }
}

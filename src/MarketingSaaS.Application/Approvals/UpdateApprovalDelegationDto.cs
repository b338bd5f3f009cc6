using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

public sealed class UpdateApprovalDelegationDto
{
    [Required]
    public DateTimeOffset? From { get; set; }

    [Required]
    public DateTimeOffset? Until { get; set; }

    [StringLength(ApprovalDelegationConsts.MaxReasonLength)]
    public string? Reason { get; set; }

    public string? ConcurrencyStamp { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

/// <summary>A delegation of the caller's approvals; <see cref="DelegatorUserId"/> (someone else's) needs Approvals.Delegations.</summary>
public sealed class CreateApprovalDelegationDto
{
    public Guid? DelegatorUserId { get; set; }

    [Required]
    public Guid? DelegateUserId { get; set; }

    [Required]
    public DateTimeOffset? From { get; set; }

    /// <summary>Exclusive end.</summary>
    [Required]
    public DateTimeOffset? Until { get; set; }

    [StringLength(ApprovalDelegationConsts.MaxReasonLength)]
    public string? Reason { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Membership.Items;

public sealed class UpdateMembershipItemDto
{
    [Required]
    [StringLength(MembershipItemConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [StringLength(MembershipItemConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    /// <summary>The stamp the client read: a change made meanwhile answers 409.</summary>
    [Required]
    public string? ConcurrencyStamp { get; set; }
}

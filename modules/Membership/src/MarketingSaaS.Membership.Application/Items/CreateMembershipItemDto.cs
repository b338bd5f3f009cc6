using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Membership.Items;

public sealed class CreateMembershipItemDto
{
    [Required]
    [StringLength(MembershipItemConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [StringLength(MembershipItemConsts.MaxDescriptionLength)]
    public string? Description { get; set; }
}

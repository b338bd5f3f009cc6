using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Dtos;

namespace MarketingSaaS.Membership.Members;

/// <summary>The filter searches name, phone and e-mail; the tag and the owner match exactly.</summary>
public sealed class GetMemberListInput : PagedInput
{
    [StringLength(MemberConsts.MaxTagLength)]
    public string? Tag { get; set; }

    public Guid? OwnerId { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Identity.Invitations;

public sealed class InviteUserDto
{
    /// <summary>With the given name it makes the new user's stored name, so each is limited to half of it.</summary>
    [Required, StringLength(IdentityConsts.MaxNamePartLength)]
    public string FamilyName { get; set; } = "";

    [Required, StringLength(IdentityConsts.MaxNamePartLength)]
    public string GivenName { get; set; } = "";

    [Required, EmailAddress, StringLength(IdentityConsts.MaxEmailLength)]
    public string Email { get; set; } = "";

    public List<string> RoleNames { get; set; } = [];

    /// <summary>Optional: the user name the accept page suggests (else the e-mail's local part).</summary>
    [StringLength(IdentityConsts.MaxUserNameLength)]
    public string? UserName { get; set; }

    /// <summary>Optional: a position the new user holds once they accept.</summary>
    public Guid? PositionId { get; set; }

    /// <summary>The mail's language and the new user's portal language: zh-Hans or en.</summary>
    [Required, StringLength(InvitationConsts.MaxCultureLength)]
    public string Culture { get; set; } = "";
}

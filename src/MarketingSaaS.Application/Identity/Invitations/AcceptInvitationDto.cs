using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Identity.Invitations;

/// <summary>The link's company and token, and the user name and password the invitee chose.</summary>
public sealed class AcceptInvitationDto
{
    [Required, StringLength(64)]
    public string Tenant { get; set; } = "";

    [Required, StringLength(InvitationConsts.MaxTokenLength)]
    public string Token { get; set; } = "";

    [Required, StringLength(IdentityConsts.MaxUserNameLength)]
    public string UserName { get; set; } = "";

    /// <summary>Checked against the password policy by Identity, which names every rule it breaks.</summary>
    [Required, StringLength(IdentityConsts.MaxPasswordLength)]
    public string Password { get; set; } = "";
}

using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Account;

/// <summary>The values of the e-mailed link (company, user id, token) and the new password.</summary>
public sealed class ResetPasswordDto
{
    [StringLength(64)]
    public string? Tenant { get; set; }

    [Required]
    public Guid? UserId { get; set; }

    [Required, StringLength(AccountConsts.MaxPasswordResetTokenLength)]
    public string Token { get; set; } = "";

    /// <summary>Checked against the password policy by Identity, which names every rule it breaks.</summary>
    [Required, StringLength(IdentityConsts.MaxPasswordLength)]
    public string NewPassword { get; set; } = "";
}

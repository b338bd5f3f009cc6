using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Account;

public sealed class ChangePasswordDto
{
    [Required, StringLength(IdentityConsts.MaxPasswordLength)]
    public string CurrentPassword { get; set; } = "";

    /// <summary>Checked against the password policy by Identity, which names every rule it breaks.</summary>
    [Required, StringLength(IdentityConsts.MaxPasswordLength)]
    public string NewPassword { get; set; } = "";
}

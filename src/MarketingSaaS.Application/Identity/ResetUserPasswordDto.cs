using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Identity;

public sealed class ResetUserPasswordDto
{
    [Required, StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = IdentityConsts.MinPasswordLength)]
    public string NewPassword { get; set; } = "";
}

using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Account;

public sealed class DisableTwoFactorDto
{
    [Required, StringLength(IdentityConsts.MaxPasswordLength)]
    public string Password { get; set; } = "";
}

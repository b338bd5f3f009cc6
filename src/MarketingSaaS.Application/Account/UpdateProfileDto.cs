using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Account;

public sealed class UpdateProfileDto
{
    [Required, StringLength(IdentityConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required, EmailAddress, StringLength(IdentityConsts.MaxEmailLength)]
    public string Email { get; set; } = "";
}

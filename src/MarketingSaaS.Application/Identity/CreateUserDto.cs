using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Identity;

public sealed class CreateUserDto
{
    [Required, StringLength(IdentityConsts.MaxUserNameLength)]
    public string UserName { get; set; } = "";

    [Required, StringLength(IdentityConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required, EmailAddress, StringLength(IdentityConsts.MaxEmailLength)]
    public string Email { get; set; } = "";

    [Required, StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = IdentityConsts.MinPasswordLength)]
    public string Password { get; set; } = "";

    public List<string> RoleNames { get; set; } = [];

    public bool IsActive { get; set; } = true;
}

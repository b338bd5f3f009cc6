using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Identity;

public sealed class CreateUserDto : IPersonNameInput
{
    [Required, StringLength(IdentityConsts.MaxUserNameLength)]
    public string UserName { get; set; } = "";

    /// <summary>The stored display name; required unless a family or given name is given, which then make it up.</summary>
    [NameUnlessNameParts, StringLength(IdentityConsts.MaxNameLength)]
    public string? Name { get; set; }

    /// <summary>Optional family name (姓); with the given name the portal shows "李娜" / "Na Li".</summary>
    [StringLength(IdentityConsts.MaxNamePartLength)]
    public string? FamilyName { get; set; }

    [StringLength(IdentityConsts.MaxNamePartLength)]
    public string? GivenName { get; set; }

    [Required, EmailAddress, StringLength(IdentityConsts.MaxEmailLength)]
    public string Email { get; set; } = "";

    [Required, StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = IdentityConsts.MinPasswordLength)]
    public string Password { get; set; } = "";

    public List<string> RoleNames { get; set; } = [];

    public bool IsActive { get; set; } = true;
}

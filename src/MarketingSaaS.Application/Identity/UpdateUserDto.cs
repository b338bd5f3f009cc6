using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Identity;

public sealed class UpdateUserDto : IPersonNameInput
{
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

    /// <summary>Optional; null clears it.</summary>
    [Phone, StringLength(IdentityConsts.MaxPhoneNumberLength)]
    public string? PhoneNumber { get; set; }

    public List<string> RoleNames { get; set; } = [];

    public bool IsActive { get; set; } = true;

    /// <summary>The stamp the client read; a stale one answers 409.</summary>
    [Required]
    public string ConcurrencyStamp { get; set; } = "";
}

using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Identity;

public sealed class UpdateUserDto
{
    [Required, StringLength(IdentityConsts.MaxNameLength)]
    public string Name { get; set; } = "";

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

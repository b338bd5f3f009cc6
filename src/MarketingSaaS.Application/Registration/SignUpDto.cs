using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Identity;
using MarketingSaaS.Tenants;

namespace MarketingSaaS.Registration;

public sealed class SignUpDto
{
    [Required, StringLength(TenantConsts.MaxNameLength)]
    public string CompanyName { get; set; } = "";

    [Required, StringLength(TenantConsts.MaxSlugLength, MinimumLength = TenantConsts.MinSlugLength)]
    [RegularExpression(TenantConsts.SlugPattern)]
    public string Slug { get; set; } = "";

    [Required, StringLength(IdentityConsts.MaxNameLength)]
    public string AdminName { get; set; } = "";

    [Required, EmailAddress, StringLength(IdentityConsts.MaxEmailLength)]
    public string Email { get; set; } = "";

    /// <summary>
    /// The sign-up page's language (zh-Hans or en), kept as the admin's own language setting (Platform.Culture of the
    /// user), so the portal starts in it at every sign-in on any browser. Optional: without it nothing is stored.
    /// </summary>
    [StringLength(16)]
    public string? Culture { get; set; }

    /// <summary>Checked against the password policy by Identity, which names every rule it breaks.</summary>
    [Required, StringLength(IdentityConsts.MaxPasswordLength)]
    public string Password { get; set; } = "";
}

using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Account;

public sealed class ForgotPasswordDto
{
    /// <summary>The company's URL name; optional when the request names it (sub-domain, header, cookie).</summary>
    [StringLength(64)]
    public string? Tenant { get; set; }

    [Required, StringLength(IdentityConsts.MaxEmailLength)]
    public string UserNameOrEmail { get; set; } = "";
}

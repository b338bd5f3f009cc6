using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Account;

public sealed class SignInRequest
{
    /// <summary>The company's URL name; optional when the request names it (sub-domain, header, cookie).</summary>
    [StringLength(64)]
    public string? Tenant { get; set; }

    [Required, StringLength(IdentityConsts.MaxEmailLength)]
    public string UserName { get; set; } = "";

    [Required, StringLength(IdentityConsts.MaxPasswordLength)]
    public string Password { get; set; } = "";

    /// <summary>The authenticator app's code, for users with two-factor sign-in on.</summary>
    [StringLength(16)]
    public string? TwoFactorCode { get; set; }

    /// <summary>True: a cookie for the portal. False: a bearer token for API clients.</summary>
    public bool UseCookie { get; set; }
}

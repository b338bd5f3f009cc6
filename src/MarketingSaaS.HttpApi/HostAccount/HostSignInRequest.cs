using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Identity;

namespace MarketingSaaS.HostAccount;

public sealed class HostSignInRequest
{
    [Required, StringLength(IdentityConsts.MaxUserNameLength)]
    public string UserName { get; set; } = "";

    [Required, StringLength(IdentityConsts.MaxPasswordLength)]
    public string Password { get; set; } = "";

    /// <summary>True: a cookie for the portal. False: a bearer token for API clients.</summary>
    public bool UseCookie { get; set; }
}

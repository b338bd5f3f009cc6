using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Account;

public sealed class EnableTwoFactorDto
{
    /// <summary>The current code shown by the authenticator app, proving it was set up.</summary>
    [Required, StringLength(16)]
    public string Code { get; set; } = "";
}

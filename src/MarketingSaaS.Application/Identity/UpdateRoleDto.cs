using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Identity;

public sealed class UpdateRoleDto
{
    [Required, StringLength(IdentityConsts.MaxRoleNameLength)]
    public string Name { get; set; } = "";

    /// <summary>The stamp the client read; a stale one answers 409.</summary>
    [Required]
    public string ConcurrencyStamp { get; set; } = "";
}

using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Identity;

public sealed class BulkUserActionDto
{
    public const int MaxUsers = 200;

    [Required, MinLength(1), MaxLength(MaxUsers)]
    public List<Guid> UserIds { get; set; } = [];

    [Required]
    public BulkUserAction Action { get; set; }

    /// <summary>The role to add or remove (its name); required for those two actions.</summary>
    [StringLength(IdentityConsts.MaxNameLength)]
    public string? RoleName { get; set; }
}

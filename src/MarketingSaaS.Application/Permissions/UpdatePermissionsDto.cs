using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Permissions;

/// <summary>The complete set of permissions the role or user should hold; every other grant is removed.</summary>
public sealed class UpdatePermissionsDto
{
    [Required]
    public List<string> GrantedPermissions { get; set; } = [];
}

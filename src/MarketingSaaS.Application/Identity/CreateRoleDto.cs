using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Identity;

public sealed class CreateRoleDto
{
    [Required, StringLength(IdentityConsts.MaxRoleNameLength)]
    public string Name { get; set; } = "";
}

using MarketingSaaS.Framework.ExceptionHandling;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

/// <summary>Gives a user exactly the named roles of the current tenant (422 for a role that does not exist).</summary>
public sealed class UserRoleAssigner(UserManager<AppUser> users, RoleManager<AppRole> roles)
{
    public async Task SetRolesAsync(AppUser user, IEnumerable<string> roleNames)
    {
        var wanted = new List<string>();
        foreach (var name in roleNames.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var role = await roles.FindByNameAsync(name)
                ?? throw new BusinessException(MarketingSaaSErrorCodes.UnknownRole, new Dictionary<string, object?> { ["role"] = name });
            wanted.Add(role.Name!);
        }

        var current = await users.GetRolesAsync(user);
        var removed = current.Except(wanted, StringComparer.Ordinal).ToList();
        var added = wanted.Except(current, StringComparer.Ordinal).ToList();
        if (removed.Count > 0)
        {
            (await users.RemoveFromRolesAsync(user, removed)).ThrowIfFailed();
        }

        if (added.Count > 0)
        {
            (await users.AddToRolesAsync(user, added)).ThrowIfFailed();
        }
    }
}

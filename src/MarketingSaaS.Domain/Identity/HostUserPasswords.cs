using MarketingSaaS.Identity.CommonPasswords;

namespace MarketingSaaS.Identity;

/// <summary>
/// The check a host operator's password passes where it is set: not on the common-password list company users' passwords
/// are checked against (<see cref="CommonPasswordValidator"/>). Host operators are not Identity users (no UserManager),
/// and today the only host password set is the seeded admin's, from <c>Seed:HostAdminPassword</c>; a future host
/// password change must call <see cref="Problem"/> too.
/// </summary>
public static class HostUserPasswords
{
    /// <returns>Why <paramref name="password"/> is refused (naming <paramref name="source"/>, never the password), or null.</returns>
    public static string? Problem(string password, string source) =>
        CommonPasswordList.Contains(password)
            ? $"{source} is on the list of common passwords (docs/security.md, \"Common passwords\"): choose a long random password."
            : null;
}

using MarketingSaaS.Framework.Modularity.Manifests;

namespace MarketingSaaS.Permissions;

/// <summary>The default role grants every composed module declares in its manifest (<c>GrantByDefault</c>).</summary>
internal static class DefaultRoleGrantsFromManifests
{
    public static void Configure(DefaultRoleGrantOptions options, IEnumerable<ModuleManifest> manifests)
    {
        foreach (var (role, permissions) in manifests.SelectMany(m => m.DefaultRoleGrants))
        {
            options.Grant(role, [.. permissions]);
        }
    }
}

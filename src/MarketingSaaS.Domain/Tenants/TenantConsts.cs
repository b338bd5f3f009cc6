namespace MarketingSaaS.Tenants;

public static class TenantConsts
{
    public const int MaxNameLength = 128;
    public const int MinSlugLength = 3;
    public const int MaxSlugLength = 40;
    public const int MaxConnectionStringLength = 1024;

    /// <summary>Lower-case letters, digits and inner hyphens: usable as a sub-domain.</summary>
    public const string SlugPattern = "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$";

    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "www", "api", "host", "admin", "app", "mail", "static", "assets",
    };
}

namespace MarketingSaaS.Identity;

/// <summary>A person's display name from family and given name: zh-Hans "李娜" (family first, no space), en "Na Li".</summary>
public static class PersonNames
{
    public static string Display(string? familyName, string? givenName, string? culture)
    {
        var family = familyName?.Trim() ?? "";
        var given = givenName?.Trim() ?? "";
        if (family.Length == 0 || given.Length == 0)
        {
            return family + given;
        }

        return culture is not null && culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? family + given
            : given + " " + family;
    }
}

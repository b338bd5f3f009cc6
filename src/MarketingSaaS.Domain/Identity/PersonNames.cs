namespace MarketingSaaS.Identity;

/// <summary>
/// A person's display name from family and given name, the one rule of the server (the portal's `personName` is the
/// same rule): in Chinese family name first without a space ("李娜"), in English given name first ("Na Li"). A name
/// written in Chinese characters keeps its order and has no space in either language ("李娜" on an English page too);
/// a Latin name on a Chinese page keeps the family-first order with a space ("Li Na"). With one part missing, the other;
/// with both missing, <c>fallback</c> (the stored name).
/// </summary>
public static class PersonNames
{
    public static string Display(string? familyName, string? givenName, string? culture, string fallback = "")
    {
        var family = familyName?.Trim() ?? "";
        var given = givenName?.Trim() ?? "";
        if (family.Length == 0 || given.Length == 0)
        {
            return family.Length + given.Length == 0 ? fallback : family + given;
        }

        if (IsHan(family) && IsHan(given))
        {
            return family + given;
        }

        return culture is not null && culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? family + " " + given
            : given + " " + family;
    }

    /// <summary>Written in CJK ideographs (the basic block and extension A), as Chinese names are.</summary>
    private static bool IsHan(string text) => text.All(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '·');
}

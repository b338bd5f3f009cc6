using System.Globalization;

namespace MarketingSaaS.OrganizationUnits;

/// <summary>ABP-style hierarchical codes: each level five digits, levels joined by dots.</summary>
public static class OrganizationUnitCode
{
    public static string Create(int number) =>
        number.ToString(new string('0', OrganizationUnitConsts.CodeUnitLength), CultureInfo.InvariantCulture);

    public static string Append(string? parentCode, string childCode) =>
        string.IsNullOrEmpty(parentCode) ? childCode : parentCode + "." + childCode;

    public static string Next(string code)
    {
        var parent = ParentOf(code);
        var last = code[(code.LastIndexOf('.') + 1)..];
        return Append(parent, Create(int.Parse(last, CultureInfo.InvariantCulture) + 1));
    }

    public static string? ParentOf(string code)
    {
        var dot = code.LastIndexOf('.');
        return dot < 0 ? null : code[..dot];
    }

    public static int Depth(string code) => code.Count(c => c == '.') + 1;

    /// <summary>Re-roots <paramref name="code"/> from <paramref name="oldPrefix"/> to <paramref name="newPrefix"/>.</summary>
    public static string Rebase(string code, string oldPrefix, string newPrefix) => newPrefix + code[oldPrefix.Length..];
}

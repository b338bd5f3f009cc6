namespace MarketingSaaS.Identity.Imports;

/// <summary>
/// The user import's columns (header names, any order, case-insensitive), its limits, and the template's header row.
/// Roles are role names separated by ";"; the position is a position's name; the language is zh-Hans or en.
/// </summary>
public static class UserImportFormat
{
    public const string UserName = "user_name";
    public const string Email = "email";
    public const string FamilyName = "family_name";
    public const string GivenName = "given_name";
    public const string Roles = "roles";
    public const string Position = "position";
    public const string Language = "language";

    /// <summary>Data rows per file; more answer 400 before anything is checked.</summary>
    public const int MaxRows = 500;

    /// <summary>Bytes per file (CSV or .xlsx); more answer 400.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Characters in one .xlsx part once unpacked (a small file that unpacks to gigabytes is refused).</summary>
    public const long MaxCharactersInPart = 20_000_000;

    public const char ListSeparator = ';';

    public static readonly IReadOnlyList<string> Columns = [UserName, Email, FamilyName, GivenName, Roles, Position, Language];

    public static readonly IReadOnlyList<string> RequiredColumns = [UserName, Email, FamilyName, GivenName, Roles];

    /// <summary>"zh-Hans" or "en" for a language cell in any letter case; null for anything else.</summary>
    public static string? CultureOf(string cell) =>
        cell.Equals("zh-Hans", StringComparison.OrdinalIgnoreCase) ? "zh-Hans" : cell.Equals("en", StringComparison.OrdinalIgnoreCase) ? "en" : null;

    public static string NormalizeHeader(string header) =>
        header.Trim().TrimStart('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_') switch
        {
            "username" => UserName,
            "e_mail" => Email,
            var other => other,
        };
}

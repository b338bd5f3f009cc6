using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Settings;
using F = MarketingSaaS.Identity.Imports.UserImportFormat;

namespace MarketingSaaS.Identity.Imports;

/// <summary>What the rows are checked against: the company's users, pending invitations, roles and positions.</summary>
public sealed record UserImportContext(
    IReadOnlySet<string> TakenUserNames,
    IReadOnlySet<string> TakenEmails,
    IReadOnlySet<string> PendingEmails,
    IReadOnlyDictionary<string, string> RoleNames,
    IReadOnlyDictionary<string, Guid> PositionIds,
    string? AllowedUserNameCharacters);

/// <summary>Checks every row and collects every error, keyed "row {n}: {column}" (the org chart import's convention).</summary>
public sealed class UserImportValidator(UserImportContext context)
{
    public const string DuplicateCode = "MarketingSaaS:UsersImportDuplicate";
    public const string UnknownPositionCode = "MarketingSaaS:UsersImportUnknownPosition";

    private static readonly EmailAddressAttribute EmailFormat = new();
    private readonly Dictionary<string, FieldError[]> _errors = [];
    private readonly Dictionary<string, int> _userNameLines = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _emailLines = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, FieldError[]> Validate(IReadOnlyList<UserImportRow> rows)
    {
        foreach (var row in rows)
        {
            Check(row);
        }

        return _errors;
    }

    private void Check(UserImportRow row)
    {
        foreach (var column in row.Cells.Where(c => c.Value.Any(char.IsControl)).Select(c => c.Key))
        {
            Add(row, column, "Framework:InvalidFormat");
        }

        var userName = row[F.UserName];
        if (Text(row, F.UserName, IdentityConsts.MaxUserNameLength, required: true))
        {
            if (context.AllowedUserNameCharacters is { Length: > 0 } allowed && userName.Any(c => !allowed.Contains(c)))
            {
                Add(row, F.UserName, "Framework:InvalidFormat");
            }
            else if (context.TakenUserNames.Contains(userName))
            {
                Add(row, F.UserName, MarketingSaaSErrorCodes.UserNameTaken, new() { ["userName"] = userName });
            }
            else
            {
                Unique(row, F.UserName, userName, _userNameLines);
            }
        }

        var email = row[F.Email];
        if (Text(row, F.Email, IdentityConsts.MaxEmailLength, required: true))
        {
            if (!EmailFormat.IsValid(email))
            {
                Add(row, F.Email, "Framework:InvalidFormat");
            }
            else if (context.TakenEmails.Contains(email))
            {
                Add(row, F.Email, MarketingSaaSErrorCodes.EmailTaken, new() { ["email"] = email });
            }
            else if (context.PendingEmails.Contains(email))
            {
                Add(row, F.Email, "MarketingSaaS:InvitationAlreadyPending", new() { ["email"] = email });
            }
            else
            {
                Unique(row, F.Email, email, _emailLines);
            }
        }

        // Both parts and a space make the invitee's stored name, which holds MaxNameLength characters.
        Text(row, F.FamilyName, IdentityConsts.MaxNamePartLength, required: true);
        Text(row, F.GivenName, IdentityConsts.MaxNamePartLength, required: true);
        foreach (var role in RoleNamesOf(row).Where(r => !context.RoleNames.ContainsKey(r)))
        {
            Add(row, F.Roles, MarketingSaaSErrorCodes.UnknownRole, new() { ["role"] = role });
        }

        var position = row[F.Position];
        if (position.Length > 0 && !context.PositionIds.ContainsKey(position))
        {
            Add(row, F.Position, UnknownPositionCode, new() { ["name"] = position });
        }

        var language = row[F.Language];
        if (language.Length > 0 && F.CultureOf(language) is null)
        {
            Add(row, F.Language, SettingValueValidator.UnsupportedCulture);
        }
    }

    public static IEnumerable<string> RoleNamesOf(UserImportRow row) =>
        row[F.Roles].Split([F.ListSeparator, ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the cell has a value within the length (errors added otherwise).</summary>
    private bool Text(UserImportRow row, string column, int max, bool required)
    {
        var value = row[column];
        if (value.Length == 0)
        {
            if (required)
            {
                Add(row, column, "Framework:Required");
            }

            return false;
        }

        if (value.Length > max)
        {
            Add(row, column, "Framework:Length", new() { ["min"] = 0, ["max"] = max });
            return false;
        }

        return true;
    }

    private void Unique(UserImportRow row, string column, string value, Dictionary<string, int> seen)
    {
        if (seen.TryGetValue(value, out var first))
        {
            Add(row, column, DuplicateCode, new() { ["value"] = value, ["row"] = first });
        }
        else
        {
            seen[value] = row.Line;
        }
    }

    private void Add(UserImportRow row, string column, string code, Dictionary<string, object?>? data = null)
    {
        var key = $"row {row.Line}: {column}";
        _errors[key] = [.. _errors.GetValueOrDefault(key, []), new FieldError(code, data)];
    }
}

using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.AspNetCore.Validation;

/// <summary>
/// C0 control characters other than tab, CR and LF: PostgreSQL cannot store NUL in text at all, and none of them
/// belongs in user input. Refused in JSON strings, route values and query values (400, <see cref="Code"/>).
/// </summary>
public static class ControlCharacters
{
    public const string Code = "Framework:ControlCharacters";

    public static readonly FieldError Error = new(Code);

    public static bool AreIn(string? value)
    {
        if (value is null)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c < ' ' && c is not ('\t' or '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }
}

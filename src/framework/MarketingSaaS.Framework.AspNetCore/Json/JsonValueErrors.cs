using System.Text.Json;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.AspNetCore.Json;

/// <summary>
/// Turns a JSON body that is well-formed but holds a value of the wrong kind (a number for a string, an unknown
/// enum name, a refused string or date) into a field error keyed like the validator's paths
/// (<c>rules[0].name</c>); malformed JSON stays <c>Framework:BadRequest</c>.
/// </summary>
public static class JsonValueErrors
{
    public static string? FieldOf(JsonException exception)
    {
        if (IsSyntaxError(exception) || exception.Path is not { Length: > 2 } path || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        return path[2..];
    }

    public static FieldError ErrorOf(JsonException exception) =>
        exception is RejectedJsonValueException rejected ? rejected.Error : new FieldError("Framework:InvalidFormat");

    // The reader's own exception type is internal to System.Text.Json.
    private static bool IsSyntaxError(JsonException exception) =>
        exception.InnerException?.GetType().Name == "JsonReaderException";
}

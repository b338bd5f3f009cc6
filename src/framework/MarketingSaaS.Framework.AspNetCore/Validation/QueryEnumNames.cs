using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace MarketingSaaS.Framework.AspNetCore.Validation;

/// <summary>
/// Enum arguments bound from the query string accept names only, as JSON bodies do: ASP.NET Core's binder would
/// also take <c>?status=99</c> and hand on a value no enum member has.
/// </summary>
public static class QueryEnumNames
{
    /// <summary>The query keys of a handler's enum parameters, decided once per endpoint.</summary>
    public static string[] KeysOf(MethodInfo handler) =>
        [.. handler.GetParameters().Where(IsEnum).Select(p => p.GetCustomAttributes(inherit: true).OfType<IFromQueryMetadata>().FirstOrDefault()?.Name ?? p.Name!)];

    /// <summary>True when a value of the key is a number: enum names never start with a digit or a sign.</summary>
    public static bool HasNumber(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Any(StartsLikeNumber);

    private static bool StartsLikeNumber(string? value)
    {
        var text = value?.TrimStart() ?? "";
        return text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+');
    }

    private static bool IsEnum(ParameterInfo parameter) =>
        (Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType).IsEnum;
}

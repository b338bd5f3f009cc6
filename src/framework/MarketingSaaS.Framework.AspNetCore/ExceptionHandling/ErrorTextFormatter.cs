using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Framework.AspNetCore.ExceptionHandling;

/// <summary>Localizes an error code and fills its {named} placeholders.</summary>
public sealed partial class ErrorTextFormatter(IStringLocalizer localizer)
{
    public string Format(string code, IReadOnlyDictionary<string, object?>? data = null)
    {
        var text = localizer[code].Value;
        if (data is null || data.Count == 0)
        {
            return text;
        }

        return Placeholder().Replace(text, m => data.TryGetValue(m.Groups[1].Value, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.CurrentCulture) ?? "" : m.Value);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}

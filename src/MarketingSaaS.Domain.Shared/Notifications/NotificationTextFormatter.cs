using System.Globalization;
using System.Text.RegularExpressions;
using MarketingSaaS.Framework.Localization;

namespace MarketingSaaS.Notifications;

/// <summary>Looks a text up in a given culture (not the request's) and fills its {placeholders}.</summary>
public sealed partial class NotificationTextFormatter(LocalizationResourceRegistry localization)
{
    public string Format(string key, IReadOnlyDictionary<string, string> arguments, string culture, IReadOnlyDictionary<string, string>? localizedArguments = null)
    {
        var texts = localization.GetTexts(CultureInfo.GetCultureInfo(culture));
        var text = texts.TryGetValue(key, out var value) ? value : key;
        return Placeholder().Replace(text, m =>
            arguments.TryGetValue(m.Groups[1].Value, out var v) ? v
            : localizedArguments?.TryGetValue(m.Groups[1].Value, out var k) == true ? texts.GetValueOrDefault(k!, k!)
            : m.Value);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}

using System.Globalization;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Framework.Localization;

/// <summary>Looks texts up in the current UI culture, falling back to English, then to the key.</summary>
public sealed class JsonStringLocalizer(LocalizationResourceRegistry registry) : IStringLocalizer
{
    public LocalizedString this[string name] => Find(name, CultureInfo.CurrentUICulture);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            // Positional {0}, {1} only: our texts use named {placeholders}, which ErrorTextFormatter fills.
            var text = Find(name, CultureInfo.CurrentUICulture);
            var value = text.Value;
            for (var i = 0; i < arguments.Length; i++)
            {
                value = value.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", Convert.ToString(arguments[i], CultureInfo.CurrentCulture), StringComparison.Ordinal);
            }

            return new LocalizedString(name, value, text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        registry.GetTexts(CultureInfo.CurrentUICulture).Select(p => new LocalizedString(p.Key, p.Value));

    private LocalizedString Find(string name, CultureInfo culture)
    {
        if (registry.GetTexts(culture).TryGetValue(name, out var value)
            || registry.GetTexts(CultureInfo.GetCultureInfo(LocalizationResourceRegistry.DefaultCulture)).TryGetValue(name, out value))
        {
            return new LocalizedString(name, value);
        }

        return new LocalizedString(name, name, resourceNotFound: true);
    }
}

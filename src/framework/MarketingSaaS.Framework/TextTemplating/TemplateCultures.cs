using System.Globalization;
using MarketingSaaS.Framework.Localization;

namespace MarketingSaaS.Framework.TextTemplating;

/// <summary>Maps any culture to a template culture: zh, zh-CN, zh-SG → zh-Hans; unknown → en.</summary>
public static class TemplateCultures
{
    public static string Normalize(string? culture)
    {
        CultureInfo info;
        try
        {
            info = string.IsNullOrWhiteSpace(culture) ? CultureInfo.CurrentUICulture : CultureInfo.GetCultureInfo(culture.Trim());
        }
        catch (CultureNotFoundException)
        {
            return LocalizationResourceRegistry.DefaultCulture;
        }

        for (var c = info; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            var name = c.Name is "zh" or "zh-CN" or "zh-SG" ? "zh-Hans" : c.Name;
            var supported = LocalizationResourceRegistry.SupportedCultures.FirstOrDefault(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase));
            if (supported is not null)
            {
                return supported;
            }
        }

        return LocalizationResourceRegistry.DefaultCulture;
    }

    public static bool IsSupported(string culture) =>
        LocalizationResourceRegistry.SupportedCultures.Contains(culture, StringComparer.Ordinal);
}

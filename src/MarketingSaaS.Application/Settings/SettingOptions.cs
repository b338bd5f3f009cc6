using System.Globalization;
using MarketingSaaS.Framework.Localization;

namespace MarketingSaaS.Settings;

/// <summary>The choices of the time zone, culture and currency settings.</summary>
public static class SettingOptions
{
    private static readonly Lazy<IReadOnlyList<TimeZoneInfo>> IanaZones = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId && z.Id.Contains('/', StringComparison.Ordinal))]);

    /// <summary>
    /// ISO 4217 codes with their English names, from the regions .NET knows: the choices offered. A value stays valid
    /// when it is any three capitals (e.g. the test code XTS), so values stored before are kept.
    /// </summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Currencies = new(() =>
    {
        var currencies = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                var region = new RegionInfo(culture.Name);
                currencies.TryAdd(region.ISOCurrencySymbol, region.CurrencyEnglishName);
            }
            catch (ArgumentException)
            {
                // A culture without a region.
            }
        }

        return currencies;
    });

    /// <summary>IANA ids only ("Asia/Shanghai"), not Windows ids, which .NET would also find on Linux.</summary>
    public static bool IsIanaTimeZone(string value) =>
        value.Length > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone) && zone.HasIanaId;

    /// <summary>"(UTC+08:00) Asia/Shanghai", by offset at <paramref name="now"/>, then by id.</summary>
    public static IReadOnlyList<SettingOptionDto> TimeZones(DateTimeOffset now) =>
        [.. IanaZones.Value
            .Select(z => (Zone: z, Offset: z.GetUtcOffset(now)))
            .OrderBy(z => z.Offset).ThenBy(z => z.Zone.Id, StringComparer.Ordinal)
            .Select(z => new SettingOptionDto(z.Zone.Id, $"(UTC{(z.Offset < TimeSpan.Zero ? "-" : "+")}{z.Offset:hh\\:mm}) {z.Zone.Id}"))];

    /// <summary>Each language in its own name, so a reader finds theirs whatever the page's language.</summary>
    public static IReadOnlyList<SettingOptionDto> Cultures() =>
        [.. LocalizationResourceRegistry.SupportedCultures.Select(c => new SettingOptionDto(c, CultureInfo.GetCultureInfo(c).NativeName))];

    public static IReadOnlyList<SettingOptionDto> CurrencyOptions() =>
        [.. Currencies.Value.Select(c => new SettingOptionDto(c.Key, $"{c.Key} · {c.Value}"))];
}

using System.Globalization;

namespace MarketingSaaS.Framework.Settings;

public static class SettingProviderExtensions
{
    /// <summary>The setting as a whole number; <paramref name="fallback"/> when unset or not a number (a value from before its rule).</summary>
    public static async Task<int> GetIntAsync(this ISettingProvider settings, string name, int fallback, CancellationToken cancellationToken = default) =>
        int.TryParse(await settings.GetOrNullAsync(name, cancellationToken), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}

using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Settings;

namespace MarketingSaaS.Processes;

/// <summary>Today's date in the company's time zone (setting Platform.TimeZone), from the injected clock.</summary>
public sealed class TenantToday(ISettingProvider settings, TimeProvider clock)
{
    public async Task<DateOnly> GetAsync(CancellationToken cancellationToken = default)
    {
        var zoneId = await settings.GetOrNullAsync(MarketingSaaSSettings.TimeZone, cancellationToken);
        var zone = TimeZoneInfo.Utc;
        if (!string.IsNullOrWhiteSpace(zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found))
        {
            zone = found;
        }

        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }
}

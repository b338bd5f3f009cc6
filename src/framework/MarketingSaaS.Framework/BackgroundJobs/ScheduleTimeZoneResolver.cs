using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>A schedule's own time zone, else the time zone setting of its tenant (or the host's).</summary>
public sealed class ScheduleTimeZoneResolver(ISettingProvider settings, ICurrentTenant currentTenant, IOptions<BackgroundJobOptions> options)
{
    public async Task<TimeZoneInfo> ResolveAsync(Guid? tenantId, string? timeZoneId, CancellationToken cancellationToken = default)
    {
        if (timeZoneId is null)
        {
            using (currentTenant.Change(tenantId))
            {
                timeZoneId = await settings.GetOrNullAsync(options.Value.TimeZoneSettingName, cancellationToken);
            }
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId ?? options.Value.DefaultTimeZoneId, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(options.Value.DefaultTimeZoneId);
    }
}

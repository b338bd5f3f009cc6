namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>Recurring jobs of the current tenant (or of the host when there is none), by schedule name.</summary>
public interface IRecurringJobManager
{
    /// <summary>
    /// <paramref name="cronExpression"/>: Quartz syntax, seconds first ("0 0 2 * * ?" = 02:00 daily).
    /// <paramref name="timeZoneId"/>: IANA id; null = the tenant's time zone setting. Saved with the unit of work.
    /// </summary>
    Task AddOrUpdateAsync<TArgs>(string name, string cronExpression, TArgs args, string? timeZoneId = null, CancellationToken cancellationToken = default)
        where TArgs : notnull;

    Task RemoveAsync(string name, CancellationToken cancellationToken = default);
}

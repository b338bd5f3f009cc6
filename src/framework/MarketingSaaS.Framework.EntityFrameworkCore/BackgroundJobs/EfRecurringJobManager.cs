using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Framework.EntityFrameworkCore.BackgroundJobs;

public sealed class EfRecurringJobManager<TContext>(
    IDbContextProvider<TContext> contexts,
    BackgroundJobRegistry registry,
    ScheduleTimeZoneResolver timeZones,
    ICurrentTenant currentTenant,
    TimeProvider clock) : IRecurringJobManager
    where TContext : MarketingDbContext
{
    public async Task AddOrUpdateAsync<TArgs>(string name, string cronExpression, TArgs args, string? timeZoneId = null, CancellationToken cancellationToken = default)
        where TArgs : notnull
    {
        if (!CronSchedule.IsValid(cronExpression))
        {
            throw new ArgumentException($"'{cronExpression}' is not a valid Quartz cron expression (seconds first, e.g. \"0 0 2 * * ?\").", nameof(cronExpression));
        }

        var definition = registry.GetByArgs(typeof(TArgs));
        var tenantId = currentTenant.Id;
        var zone = await timeZones.ResolveAsync(tenantId, timeZoneId, cancellationToken);
        var next = CronSchedule.NextAfter(cronExpression, zone, clock.GetUtcNow());
        var json = BackgroundJobJson.Serialize(args);
        var db = await contexts.GetDbContextAsync(cancellationToken);
        var scope = BackgroundJobRecord.ScopeOf(tenantId);
        var schedule = await db.Set<RecurringJobSchedule>().FirstOrDefaultAsync(s => s.Scope == scope && s.Name == name, cancellationToken);
        if (schedule is null)
        {
            db.Add(new RecurringJobSchedule(SequentialGuid.Create(), tenantId, name, definition.Name, json, cronExpression, timeZoneId, next));
        }
        else
        {
            schedule.Change(definition.Name, json, cronExpression, timeZoneId, next);
        }
    }

    public async Task RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        var db = await contexts.GetDbContextAsync(cancellationToken);
        var scope = BackgroundJobRecord.ScopeOf(currentTenant.Id);
        var schedule = await db.Set<RecurringJobSchedule>().FirstOrDefaultAsync(s => s.Scope == scope && s.Name == name, cancellationToken);
        if (schedule is not null)
        {
            db.Remove(schedule);
        }
    }
}

using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Framework.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// Claims with <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL (concurrent workers skip each other's rows
/// instead of waiting) and with one conditional UPDATE per candidate on SQLite (writes are serialized there).
/// Every other change is an UPDATE conditional on the lease owner.
/// </summary>
public sealed class EfBackgroundJobStore<TContext>(IDbContextProvider<TContext> contexts) : IBackgroundJobStore
    where TContext : MarketingDbContext
{
    private const string Running = nameof(BackgroundJobState.Running);

    public async Task<IReadOnlyList<BackgroundJobRecord>> ClaimAsync(string owner, int batchSize, DateTimeOffset now, DateTimeOffset leaseExpiresAt, CancellationToken cancellationToken = default)
    {
        var db = await contexts.GetDbContextAsync(cancellationToken);
        var ids = db.Database.IsNpgsql()
            ? await ClaimOnPostgreSqlAsync(db, owner, batchSize, now, leaseExpiresAt, cancellationToken)
            : await ClaimOneByOneAsync(db, owner, batchSize, now, leaseExpiresAt, cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Set<BackgroundJobRecord>().AsNoTracking().Where(j => ids.Contains(j.Id)).OrderBy(j => j.Id).ToListAsync(cancellationToken);
    }

    private static async Task<List<Guid>> ClaimOnPostgreSqlAsync(TContext db, string owner, int batchSize, DateTimeOffset now, DateTimeOffset leaseExpiresAt, CancellationToken cancellationToken)
    {
        // The interceptor's session setting is irrelevant here: the queue table has no row-level security policy.
        return await db.Database.SqlQuery<Guid>($"""
            UPDATE "BackgroundJobs" SET "State" = {Running}, "LeaseOwner" = {owner}, "LeaseExpiresAt" = {leaseExpiresAt},
                "TryCount" = "TryCount" + 1, "LastTryTime" = {now}
            WHERE "Id" IN (
                SELECT "Id" FROM "BackgroundJobs"
                WHERE ("State" IN ('Waiting', 'Failed') AND "NextTryTime" <= {now}) OR ("State" = 'Running' AND "LeaseExpiresAt" <= {now})
                ORDER BY "NextTryTime"
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
    }

    private static async Task<List<Guid>> ClaimOneByOneAsync(TContext db, string owner, int batchSize, DateTimeOffset now, DateTimeOffset leaseExpiresAt, CancellationToken cancellationToken)
    {
        var jobs = db.Set<BackgroundJobRecord>();
        var candidates = await jobs.Where(Due(now)).OrderBy(j => j.NextTryTime).Select(j => j.Id).Take(batchSize).ToListAsync(cancellationToken);
        var claimed = new List<Guid>();
        foreach (var id in candidates)
        {
            var updated = await jobs.Where(j => j.Id == id).Where(Due(now)).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, BackgroundJobState.Running)
                .SetProperty(j => j.LeaseOwner, owner)
                .SetProperty(j => j.LeaseExpiresAt, leaseExpiresAt)
                .SetProperty(j => j.TryCount, j => j.TryCount + 1)
                .SetProperty(j => j.LastTryTime, now), cancellationToken);
            if (updated == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    private static System.Linq.Expressions.Expression<Func<BackgroundJobRecord, bool>> Due(DateTimeOffset now) => j =>
        ((j.State == BackgroundJobState.Waiting || j.State == BackgroundJobState.Failed) && j.NextTryTime <= now)
        || (j.State == BackgroundJobState.Running && j.LeaseExpiresAt <= now);

    public async Task<bool> RenewLeaseAsync(Guid jobId, string owner, DateTimeOffset leaseExpiresAt, CancellationToken cancellationToken = default)
    {
        var db = await contexts.GetDbContextAsync(cancellationToken);
        return await Leased(db, jobId, owner).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, leaseExpiresAt), cancellationToken) == 1;
    }

    public async Task CompleteAsync(Guid jobId, string owner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var db = await contexts.GetDbContextAsync(cancellationToken);
        await Leased(db, jobId, owner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, BackgroundJobState.Succeeded)
            .SetProperty(j => j.FinishedTime, now)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    public async Task FailAsync(Guid jobId, string owner, string error, DateTimeOffset? nextTryTime, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var db = await contexts.GetDbContextAsync(cancellationToken);
        var state = nextTryTime is null ? BackgroundJobState.Dead : BackgroundJobState.Failed;
        DateTimeOffset? finished = nextTryTime is null ? now : null;
        await Leased(db, jobId, owner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, state)
            .SetProperty(j => j.LastError, error)
            .SetProperty(j => j.NextTryTime, nextTryTime ?? now)
            .SetProperty(j => j.FinishedTime, finished)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    private static IQueryable<BackgroundJobRecord> Leased(TContext db, Guid jobId, string owner) =>
        db.Set<BackgroundJobRecord>().Where(j => j.Id == jobId && j.State == BackgroundJobState.Running && j.LeaseOwner == owner);

    public async Task<IReadOnlyList<RecurringJobSchedule>> GetDueSchedulesAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var db = await contexts.GetDbContextAsync(cancellationToken);
        return await db.Set<RecurringJobSchedule>().AsNoTracking().Where(s => s.NextRunTime <= now).ToListAsync(cancellationToken);
    }

    public async Task<bool> AdvanceScheduleAsync(Guid scheduleId, DateTimeOffset due, DateTimeOffset next, BackgroundJobRecord job, CancellationToken cancellationToken = default)
    {
        var db = await contexts.GetDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var advanced = await db.Set<RecurringJobSchedule>().Where(s => s.Id == scheduleId && s.NextRunTime == due)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextRunTime, next), cancellationToken);
        if (advanced == 0)
        {
            return false;
        }

        db.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

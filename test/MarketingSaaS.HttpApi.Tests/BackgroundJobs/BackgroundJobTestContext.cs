using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.TestBase.Hosting;
using MarketingSaaS.TestBase.Timing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>Enqueues in a tenant's scope, reads queue rows, and makes extra workers (as if in other processes).</summary>
public sealed class BackgroundJobTestContext(ApiFixture fixture)
{
    public TestClock Clock => fixture.Factory.Clock;

    public TestJobRecorder Recorder => fixture.Services.GetRequiredService<TestJobRecorder>();

    public BackgroundJobWorker Worker => fixture.Services.GetRequiredService<BackgroundJobWorker>();

    /// <summary>A second worker with its own lease owner name, sharing the database.</summary>
    public BackgroundJobWorker NewWorker() => ActivatorUtilities.CreateInstance<BackgroundJobWorker>(fixture.Services);

    /// <summary>A second worker whose options the test changes (e.g. a fast lease renewal).</summary>
    public BackgroundJobWorker NewWorker(Action<BackgroundJobOptions> configure)
    {
        var configured = fixture.Services.GetRequiredService<IOptions<BackgroundJobOptions>>().Value;
        var copy = new BackgroundJobOptions
        {
            WorkerEnabled = configured.WorkerEnabled,
            PollInterval = configured.PollInterval,
            BatchSize = configured.BatchSize,
            LeaseDuration = configured.LeaseDuration,
            LeaseRenewInterval = configured.LeaseRenewInterval,
            MaxTries = configured.MaxTries,
            RetryBaseDelay = configured.RetryBaseDelay,
            RetryMaxDelay = configured.RetryMaxDelay,
            RetryJitter = configured.RetryJitter,
            TimeZoneSettingName = configured.TimeZoneSettingName,
            DefaultTimeZoneId = configured.DefaultTimeZoneId,
        };
        configure(copy);
        return ActivatorUtilities.CreateInstance<BackgroundJobWorker>(fixture.Services, Options.Create(copy));
    }

    public async Task<Guid> EnqueueAsync<TArgs>(Guid? tenantId, TArgs args, BackgroundJobEnqueueOptions? options = null)
        where TArgs : notnull
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            var id = await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(args, options);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return id;
        }
    }

    public async Task<BackgroundJobRecord?> FindAsync(Guid id)
    {
        using var scope = fixture.Services.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
        return await db.BackgroundJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id);
    }

    public async Task<List<BackgroundJobRecord>> ListAsync(string jobName)
    {
        using var scope = fixture.Services.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
        return await db.BackgroundJobs.AsNoTracking().Where(j => j.JobName == jobName).ToListAsync();
    }

    /// <summary>Runs polls until one runs nothing; returns the jobs run.</summary>
    public static async Task<int> DrainAsync(BackgroundJobWorker worker)
    {
        var total = 0;
        int ran;
        while ((ran = await worker.RunOnceAsync()) > 0)
        {
            total += ran;
        }

        return total;
    }
}

using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.BackgroundJobs;

/// <summary>
/// Test and benchmark job, registered only with <c>BackgroundJobs:ProbeJob=true</c> (PostgreSQL only). It writes a
/// "started" and a "finished" row per run into <c>probe_job_runs</c>, a table the test or benchmark creates, so that
/// several processes draining one queue can be checked for jobs run twice or lost.
/// </summary>
public sealed class ProbeJob(IDbContextProvider<PlatformDbContext> contexts) : IBackgroundJob<ProbeJobArgs>
{
    public const string Name = "Diagnostics.Probe";

    public async Task ExecuteAsync(ProbeJobArgs args, CancellationToken cancellationToken)
    {
        if (!args.Record)
        {
            return;
        }

        var db = await contexts.GetDbContextAsync(cancellationToken);
        var process = Environment.ProcessId;
        await db.Database.ExecuteSqlAsync($"INSERT INTO probe_job_runs (number, process, phase) VALUES ({args.Number}, {process}, 'started')", cancellationToken);
        if (args.DelayMilliseconds > 0)
        {
            await Task.Delay(args.DelayMilliseconds, cancellationToken);
        }

        await db.Database.ExecuteSqlAsync($"INSERT INTO probe_job_runs (number, process, phase) VALUES ({args.Number}, {process}, 'finished')", cancellationToken);
    }
}

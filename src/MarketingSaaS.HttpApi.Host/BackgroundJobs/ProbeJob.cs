using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MarketingSaaS.BackgroundJobs;

/// <summary>
/// Test and benchmark job, registered only with <c>BackgroundJobs:ProbeJob=true</c> (PostgreSQL only). It writes a
/// "started" and a "finished" row per run into <c>probe_job_runs</c>, a table the test or benchmark creates, so that
/// several processes draining one queue can be checked for jobs run twice or lost. The rows go through a connection
/// of their own, outside the job's transaction, so that "started" is visible while the job still runs.
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
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await RecordAsync(connection, args.Number, "started", cancellationToken);
        if (args.DelayMilliseconds > 0)
        {
            await Task.Delay(args.DelayMilliseconds, cancellationToken);
        }

        await RecordAsync(connection, args.Number, "finished", cancellationToken);
    }

    private static async Task RecordAsync(NpgsqlConnection connection, int number, string phase, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("INSERT INTO probe_job_runs (number, process, phase) VALUES (@number, @process, @phase)", connection);
        command.Parameters.AddWithValue("number", number);
        command.Parameters.AddWithValue("process", Environment.ProcessId);
        command.Parameters.AddWithValue("phase", phase);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

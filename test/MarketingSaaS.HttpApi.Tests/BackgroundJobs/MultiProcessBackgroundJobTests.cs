using MarketingSaaS.TestBase.Databases;
using MarketingSaaS.TestBase.Hosting;
using Npgsql;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>
/// Two real host processes on one PostgreSQL database share the queue (PostgreSQL only: that is where
/// several processes run). The fixture's in-process host only migrates the database; its worker is off.
/// The tests share the database: the drain test counts numbers 1-1000, the kill test uses 100000 with a delay, the
/// long-job test 200000 (a 7 s job under a 2 s lease that its process renews).
/// </summary>
public sealed class MultiProcessBackgroundJobTests(PostgreSqlApiFixture fixture) : IClassFixture<PostgreSqlApiFixture>
{
    private static readonly string[] FastPolling = ["--BackgroundJobs:PollInterval=00:00:00.050", "--BackgroundJobs:BatchSize=10"];

    [Fact]
    public async Task Two_host_processes_drain_1000_jobs_and_run_each_exactly_once()
    {
        await CreateProbeTableAsync();
        using var first = await HostProcess.StartAsync(fixture.Database.ApplicationConnectionString, FastPolling);
        using var second = await HostProcess.StartAsync(fixture.Database.ApplicationConnectionString, FastPolling);

        await ExecuteAsync("""
            INSERT INTO "BackgroundJobs" ("Id", "TenantId", "IdempotencyScope", "JobName", "ArgsJson", "State", "TryCount", "NextTryTime", "CreationTime")
            SELECT gen_random_uuid(), NULL, '00000000-0000-0000-0000-000000000000', 'Diagnostics.Probe', json_build_object('number', n)::text, 'Waiting', 0, now(), now()
            FROM generate_series(1, 1000) AS n
            """);
        await WaitUntilAsync("""SELECT count(*) FROM "BackgroundJobs" WHERE "JobName" = 'Diagnostics.Probe' AND "ArgsJson" NOT LIKE '%delay%' AND "State" = 'Succeeded'""", 1000, TimeSpan.FromMinutes(2),
            () => first.Output + second.Output);

        (await ScalarAsync("SELECT count(*) FROM probe_job_runs WHERE phase = 'started' AND number BETWEEN 1 AND 1000")).ShouldBe(1000, "no job started twice");
        (await ScalarAsync("SELECT count(*) FROM probe_job_runs WHERE phase = 'finished' AND number BETWEEN 1 AND 1000")).ShouldBe(1000);
        (await ScalarAsync("SELECT count(DISTINCT number) FROM probe_job_runs WHERE phase = 'finished' AND number BETWEEN 1 AND 1000")).ShouldBe(1000);
        (await ScalarAsync("""SELECT count(*) FROM "BackgroundJobs" WHERE "JobName" = 'Diagnostics.Probe' AND "ArgsJson" NOT LIKE '%delay%' AND "TryCount" <> 1""")).ShouldBe(0);
        (await ScalarAsync($"SELECT count(DISTINCT process) FROM probe_job_runs WHERE process IN ({first.Id}, {second.Id})")).ShouldBe(2, "both processes took jobs");
    }

    [Fact]
    public async Task A_job_whose_process_is_killed_mid_run_completes_in_another_process_after_its_lease_expires()
    {
        await CreateProbeTableAsync();
        string[] settings = [.. FastPolling, "--BackgroundJobs:LeaseDuration=00:00:03"];
        using var doomed = await HostProcess.StartAsync(fixture.Database.ApplicationConnectionString, settings);
        await ExecuteAsync("""
            INSERT INTO "BackgroundJobs" ("Id", "TenantId", "IdempotencyScope", "JobName", "ArgsJson", "State", "TryCount", "NextTryTime", "CreationTime")
            VALUES (gen_random_uuid(), NULL, '00000000-0000-0000-0000-000000000000', 'Diagnostics.Probe', '{"number": 100000, "delayMilliseconds": 2000}', 'Waiting', 0, now(), now())
            """);
        await WaitUntilAsync($"SELECT count(*) FROM probe_job_runs WHERE number = 100000 AND phase = 'started' AND process = {doomed.Id}", 1, TimeSpan.FromSeconds(30), () => doomed.Output);

        doomed.Kill();
        (await ScalarAsync("SELECT count(*) FROM probe_job_runs WHERE number = 100000 AND phase = 'finished'")).ShouldBe(0);
        using var survivor = await HostProcess.StartAsync(fixture.Database.ApplicationConnectionString, settings);
        await WaitUntilAsync("SELECT count(*) FROM probe_job_runs WHERE number = 100000 AND phase = 'finished'", 1, TimeSpan.FromSeconds(30), () => survivor.Output);

        (await ScalarAsync($"SELECT count(*) FROM probe_job_runs WHERE number = 100000 AND phase = 'finished' AND process = {survivor.Id}")).ShouldBe(1);
        await WaitUntilAsync("""SELECT count(*) FROM "BackgroundJobs" WHERE "ArgsJson" LIKE '%100000%' AND "State" = 'Succeeded' AND "TryCount" = 2""", 1, TimeSpan.FromSeconds(10), () => survivor.Output);
    }

    [Fact]
    public async Task A_job_running_longer_than_its_lease_is_not_taken_by_the_other_process_while_its_own_lives()
    {
        await CreateProbeTableAsync();
        string[] settings = [.. FastPolling, "--BackgroundJobs:LeaseDuration=00:00:02"]; // renewed every 0.67 s; the job takes 7 s
        using var first = await HostProcess.StartAsync(fixture.Database.ApplicationConnectionString, settings);
        using var second = await HostProcess.StartAsync(fixture.Database.ApplicationConnectionString, settings);
        await ExecuteAsync("""
            INSERT INTO "BackgroundJobs" ("Id", "TenantId", "IdempotencyScope", "JobName", "ArgsJson", "State", "TryCount", "NextTryTime", "CreationTime")
            VALUES (gen_random_uuid(), NULL, '00000000-0000-0000-0000-000000000000', 'Diagnostics.Probe', '{"number": 200000, "delayMilliseconds": 7000}', 'Waiting', 0, now(), now())
            """);
        await WaitUntilAsync("SELECT count(*) FROM probe_job_runs WHERE number = 200000 AND phase = 'finished'", 1, TimeSpan.FromSeconds(40),
            () => first.Output + second.Output);

        (await ScalarAsync("SELECT count(*) FROM probe_job_runs WHERE number = 200000 AND phase = 'started'")).ShouldBe(1, "no second process started it");
        await WaitUntilAsync("""SELECT count(*) FROM "BackgroundJobs" WHERE "ArgsJson" LIKE '%200000%' AND "State" = 'Succeeded'""", 1, TimeSpan.FromSeconds(10),
            () => first.Output + second.Output);
        (await ScalarAsync("""SELECT "TryCount" FROM "BackgroundJobs" WHERE "ArgsJson" LIKE '%200000%'""")).ShouldBe(1);
    }

    private async Task CreateProbeTableAsync() => await ExecuteAsync($"""
        CREATE TABLE IF NOT EXISTS probe_job_runs (number int NOT NULL, process int NOT NULL, phase text NOT NULL);
        GRANT SELECT, INSERT ON probe_job_runs TO {PostgreSqlTestServer.ApplicationRole};
        """);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private async Task WaitUntilAsync(string countSql, long expected, TimeSpan timeout, Func<string> logs)
    {
        var deadline = DateTime.UtcNow + timeout; // real time: the host processes run on the system clock
        long count;
        while ((count = await ScalarAsync(countSql)) < expected)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{count} of {expected} after {timeout}: {countSql}\n{logs()}");
            }

            await Task.Delay(100);
        }
    }
}

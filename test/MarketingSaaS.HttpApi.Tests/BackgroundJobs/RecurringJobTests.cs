using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

public abstract class RecurringJobTests(ApiFixture fixture)
{
    private readonly BackgroundJobTestContext _jobs = new(fixture);

    [Fact]
    public async Task A_nightly_schedule_fires_at_0200_in_the_tenants_time_zone_once_per_tick_with_two_workers()
    {
        var a = await fixture.SignUpAsync(); // Platform.TimeZone defaults to Asia/Shanghai (UTC+8)
        var key = Guid.NewGuid().ToString();
        _jobs.Clock.Set(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero)); // 09:30 in Shanghai
        await AddScheduleAsync(a.TenantId, "nightly", "0 0 2 * * ?", new CountingJobArgs(key));
        var first = _jobs.NewWorker();
        var second = _jobs.NewWorker();

        _jobs.Clock.Set(new DateTimeOffset(2026, 3, 2, 17, 59, 59, TimeSpan.Zero));
        await Task.WhenAll(first.RunOnceAsync(), second.RunOnceAsync());
        _jobs.Recorder.RunsOf(key).ShouldBe(0, "01:59:59 in Shanghai");

        _jobs.Clock.Set(new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero)); // 02:00 on 3 March in Shanghai
        await Task.WhenAll(Task.Run(() => BackgroundJobTestContext.DrainAsync(first)), Task.Run(() => BackgroundJobTestContext.DrainAsync(second)));
        await Task.WhenAll(first.RunOnceAsync(), second.RunOnceAsync());
        _jobs.Recorder.RunsOf(key).ShouldBe(1);

        _jobs.Clock.Set(new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.Zero));
        await Task.WhenAll(first.RunOnceAsync(), second.RunOnceAsync());
        _jobs.Recorder.RunsOf(key).ShouldBe(1);

        _jobs.Clock.Set(new DateTimeOffset(2026, 3, 3, 18, 0, 1, TimeSpan.Zero));
        await Task.WhenAll(Task.Run(() => BackgroundJobTestContext.DrainAsync(first)), Task.Run(() => BackgroundJobTestContext.DrainAsync(second)));
        _jobs.Recorder.RunsOf(key).ShouldBe(2);

        var runs = (await _jobs.ListAsync("Tests.Counting")).Where(j => j.ArgsJson.Contains(key)).ToList();
        runs.Count.ShouldBe(2);
        runs.ShouldAllBe(j => j.TenantId == a.TenantId && j.State == BackgroundJobState.Succeeded);
        runs.Select(j => j.IdempotencyKey).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task A_schedule_with_its_own_time_zone_ignores_the_tenant_setting_and_a_host_down_for_days_runs_one_catch_up()
    {
        var a = await fixture.SignUpAsync();
        var key = Guid.NewGuid().ToString();
        _jobs.Clock.Set(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        await AddScheduleAsync(a.TenantId, "berlin", "0 30 6 * * ?", new CountingJobArgs(key), "Europe/Berlin"); // 04:30 UTC in summer

        _jobs.Clock.Set(new DateTimeOffset(2026, 6, 1, 4, 29, 59, TimeSpan.Zero));
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        _jobs.Recorder.RunsOf(key).ShouldBe(0);
        _jobs.Clock.Set(new DateTimeOffset(2026, 6, 1, 4, 30, 0, TimeSpan.Zero));
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        _jobs.Recorder.RunsOf(key).ShouldBe(1);

        _jobs.Clock.Set(new DateTimeOffset(2026, 6, 5, 12, 0, 0, TimeSpan.Zero)); // four ticks missed
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        _jobs.Recorder.RunsOf(key).ShouldBe(2);
    }

    [Fact]
    public async Task Replacing_a_schedule_by_name_keeps_one_schedule_and_an_invalid_cron_is_refused()
    {
        var a = await fixture.SignUpAsync();
        var key = Guid.NewGuid().ToString();
        _jobs.Clock.Set(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero));
        await AddScheduleAsync(a.TenantId, "report", "0 0 2 * * ?", new CountingJobArgs(key));
        await AddScheduleAsync(a.TenantId, "report", "0 0 3 * * ?", new CountingJobArgs(key)); // 19:00 UTC

        _jobs.Clock.Set(new DateTimeOffset(2026, 7, 1, 18, 30, 0, TimeSpan.Zero));
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        _jobs.Recorder.RunsOf(key).ShouldBe(0, "the 02:00 schedule was replaced");
        _jobs.Clock.Set(new DateTimeOffset(2026, 7, 1, 19, 0, 0, TimeSpan.Zero));
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        _jobs.Recorder.RunsOf(key).ShouldBe(1);

        await Should.ThrowAsync<ArgumentException>(() => AddScheduleAsync(a.TenantId, "bad", "every night", new CountingJobArgs(key)));
    }

    private async Task AddScheduleAsync<TArgs>(Guid tenantId, string name, string cron, TArgs args, string? timeZoneId = null)
        where TArgs : notnull
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            await scope.ServiceProvider.GetRequiredService<IRecurringJobManager>().AddOrUpdateAsync(name, cron, args, timeZoneId);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }
    }
}

public sealed class RecurringJobTestsOnSqlite(BackgroundJobSqliteFixture fixture) : RecurringJobTests(fixture), IClassFixture<BackgroundJobSqliteFixture>;

public sealed class RecurringJobTestsOnPostgreSql(BackgroundJobPostgreSqlFixture fixture) : RecurringJobTests(fixture), IClassFixture<BackgroundJobPostgreSqlFixture>;

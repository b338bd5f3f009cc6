using MarketingSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>The host with the test jobs and a small retry policy: 4 tries, 10 s base delay, 20 % jitter.</summary>
public static class BackgroundJobFixtureSetup
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["BackgroundJobs:MaxTries"] = "4",
        ["BackgroundJobs:RetryBaseDelay"] = "00:00:10",
        ["BackgroundJobs:RetryMaxDelay"] = "00:01:00",
        ["BackgroundJobs:RetryJitter"] = "0.2",
        ["BackgroundJobs:LeaseDuration"] = "00:05:00",
        ["BackgroundJobs:BatchSize"] = "10",
    };

    public static void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TestJobRecorder>();
        services.AddBackgroundJob<CountingJob, CountingJobArgs>("Tests.Counting");
        services.AddBackgroundJob<TenantProbeJob, TenantProbeJobArgs>("Tests.TenantProbe");
        services.AddBackgroundJob<BlockingJob, BlockingJobArgs>("Tests.Blocking");
        services.AddBackgroundJob<HalfwayFailingJob, HalfwayFailingJobArgs>("Tests.HalfwayFailing");
    }
}

using MarketingSaaS.TestBase.Databases;
using MarketingSaaS.TestBase.Timing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.TestBase.Hosting;

/// <summary>The real host on a throwaway database, migrated at start, with a test clock.</summary>
public class MarketingApiFactory(
    ITestDatabase database,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? configureServices = null) : WebApplicationFactory<Program>
{
    public ITestDatabase Database { get; } = database;

    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", Database.ApplicationConnectionString);
        builder.UseSetting("ConnectionStrings:Migrations", Database.OwnerConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Seed:DemoTenant", "false");
        builder.UseSetting("Seed:HostAdminPassword", TestAccounts.HostAdminPassword);
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("RateLimits:SignUpPerMinute", "1000");
        builder.UseSetting("RateLimits:PasswordResetPerMinute", "1000");
        builder.UseSetting("RateLimits:InvitationPerMinute", "1000");
        builder.UseSetting("RateLimits:EventRegistrationPerMinute", "100000");
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        builder.UseSetting("BackgroundJobs:WorkerEnabled", "false"); // tests run the worker by hand: BackgroundJobWorker.RunOnceAsync
        builder.UseSetting("Approvals:SlaScheduleEnabled", "false"); // no hourly SLA jobs in other tests' queues; SLA tests enqueue the job
        builder.UseSetting("Blobs:OrphanCleanup:ScheduleEnabled", "false"); // likewise the nightly blob clean-up; its tests call the cleaner
        builder.UseSetting("Emailing:Smtp:PickupDirectory", Path.Combine(Path.GetTempPath(), "msaas-test-mails"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            configureServices?.Invoke(services);
        });
    }
}

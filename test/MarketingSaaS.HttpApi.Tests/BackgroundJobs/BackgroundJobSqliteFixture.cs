using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

public sealed class BackgroundJobSqliteFixture : SqliteApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => BackgroundJobFixtureSetup.Settings;

    protected override void ConfigureServices(IServiceCollection services) => BackgroundJobFixtureSetup.ConfigureServices(services);
}

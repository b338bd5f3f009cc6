using MarketingSaaS.Identity;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.HttpApi.Tests.Account;

public sealed class CountingHasherSqliteApiFixture : SqliteApiFixture
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        PasswordVerifications.Register<AppUser>(services);
        PasswordVerifications.Register<HostUser>(services);
    }
}

public sealed class CountingHasherPostgreSqlApiFixture : PostgreSqlApiFixture
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        PasswordVerifications.Register<AppUser>(services);
        PasswordVerifications.Register<HostUser>(services);
    }
}

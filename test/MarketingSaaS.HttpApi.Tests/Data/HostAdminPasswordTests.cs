using MarketingSaaS.Data;
using MarketingSaaS.DbMigrator;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.EntityFrameworkCore.Data;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Data;

/// <summary>
/// The host admin's password (Seed:HostAdminPassword) passes the common-password list company users' passwords pass,
/// and the host's start-up banner does not print it.
/// </summary>
public sealed class HostAdminPasswordTests
{
    private const string CommonPassword = "Password1";

    [Fact]
    public async Task A_common_host_admin_password_makes_the_migrator_exit_with_1_and_say_which_setting_without_the_password()
    {
        await using var database = new SqliteTestDatabase();
        var error = new StringWriter();

        (await MigratorRun.RunAsync(Configuration(database, CommonPassword), TextWriter.Null, error)).ShouldBe(1);

        error.ToString().ShouldContain("Seed:HostAdminPassword is on the list of common passwords");
        error.ToString().ShouldNotContain(CommonPassword);
    }

    [Fact]
    public async Task A_common_host_admin_password_stops_the_host_start_on_sqlite_before_a_host_operator_is_created()
    {
        await using var database = new SqliteTestDatabase();
        await AssertStartRefusedAsync(database);
    }

    [Fact]
    public async Task A_common_host_admin_password_stops_the_host_start_on_postgresql_before_a_host_operator_is_created()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        await AssertStartRefusedAsync(database);
    }

    [Fact]
    public void The_start_up_banner_says_where_the_host_admin_password_is_configured_and_does_not_print_it()
    {
        var banner = StartupBanner.Text(["http://localhost:5000"]);

        banner.ShouldContain("Seed:HostAdminPassword");
        banner.ShouldNotContain(TestAccounts.HostAdminPassword);
        banner.ShouldContain(DemoTenantSeeder.AdminPassword);
    }

    private static async Task AssertStartRefusedAsync(ITestDatabase database)
    {
        await using var provider = DbMigratorServices.Build(Configuration(database, CommonPassword));

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeOnStartAsync());

        refused.Message.ShouldContain("Seed:HostAdminPassword is on the list of common passwords");
        await using var scope = provider.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
        (await context.HostUsers.CountAsync()).ShouldBe(0);
    }

    private static IConfiguration Configuration(ITestDatabase database, string hostAdminPassword) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ApplicationConnectionString,
            ["ConnectionStrings:Migrations"] = database.OwnerConnectionString,
            ["Seed:HostAdminPassword"] = hostAdminPassword,
        }).Build();
}

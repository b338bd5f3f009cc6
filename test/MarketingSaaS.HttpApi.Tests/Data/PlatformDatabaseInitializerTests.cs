using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.EntityFrameworkCore.Data;
using MarketingSaaS.EntityFrameworkCore.Tenants;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.TestBase.Databases;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Data;

public abstract class PlatformDatabaseInitializerTests(ApiFixture fixture)
{
    [Fact]
    public async Task Running_it_again_adds_nothing()
    {
        var session = await fixture.SignUpAsync();
        var before = await CountAsync(session.TenantId);

        await fixture.Services.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();
        await fixture.Services.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();

        (await CountAsync(session.TenantId)).ShouldBe(before);
        before.Roles.ShouldBe(3);
        before.HostUsers.ShouldBe(1);
        before.Editions.ShouldBe(1);
    }

    [Fact]
    public async Task A_tenant_with_its_own_database_gets_it_migrated_and_seeded_and_its_data_goes_there()
    {
        var session = await fixture.SignUpAsync();
        await using var own = new SqliteTestDatabase();
        await SetConnectionStringAsync(session.TenantId, own.ApplicationConnectionString);

        await fixture.Services.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();

        await using var scope = fixture.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(session.TenantId))
        {
            var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
            context.Database.GetConnectionString().ShouldBe(own.ApplicationConnectionString);
            (await context.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync()).ShouldBe(["admin", "marketing-head", "staff"]);
            (await context.SettingValues.CountAsync()).ShouldBe(3);
        }
    }

    [Fact]
    public async Task The_report_names_every_company_it_seeded()
    {
        var session = await fixture.SignUpAsync();

        var report = await fixture.Services.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();

        report.SeededCompanies.ShouldContain("Company " + session.Slug);
    }

    [Fact]
    public async Task The_report_names_the_company_of_an_own_database()
    {
        var session = await fixture.SignUpAsync();
        await using var own = new SqliteTestDatabase();
        await SetConnectionStringAsync(session.TenantId, own.ApplicationConnectionString);

        var report = await fixture.Services.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();

        report.OwnDatabases.ShouldContain(d => d.ConnectionString == own.ApplicationConnectionString && d.Companies.SequenceEqual(new[] { "Company " + session.Slug }));
    }

    private async Task SetConnectionStringAsync(Guid tenantId, string connectionString)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        using var host = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(null);
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
        var tenant = await context.Tenants.SingleAsync(t => t.Id == tenantId);
        tenant.SetConnectionString(connectionString);
        await context.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<TenantStore>().Invalidate(tenant);
    }

    private async Task<(int Roles, int Grants, int Settings, int HostUsers, int Editions)> CountAsync(Guid tenantId)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>();
        using (currentTenant.Change(tenantId))
        {
            var context = await contexts.GetDbContextAsync();
            var tenantCounts = (await context.Roles.CountAsync(), await context.PermissionGrants.CountAsync(), await context.SettingValues.CountAsync());
            using (currentTenant.Change(null))
            {
                var host = await contexts.GetDbContextAsync();
                return (tenantCounts.Item1, tenantCounts.Item2, tenantCounts.Item3, await host.HostUsers.CountAsync(), await host.Editions.CountAsync());
            }
        }
    }
}

public sealed class PlatformDatabaseInitializerTestsOnSqlite(SqliteApiFixture fixture) : PlatformDatabaseInitializerTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PlatformDatabaseInitializerTestsOnPostgreSql(PostgreSqlApiFixture fixture) : PlatformDatabaseInitializerTests(fixture), IClassFixture<PostgreSqlApiFixture>;

using MarketingSaaS.Framework.Tests.Helpers.Data;
using MarketingSaaS.Framework.Uow;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.MultiTenancy;

public sealed class PerTenantDatabaseTests : IAsyncLifetime
{
    private TestDataHost _host = null!;
    private string _ownDatabase = null!;

    public async Task InitializeAsync()
    {
        _host = await TestDataHost.CreateSqliteAsync();
        _ownDatabase = await _host.CreateSqliteDatabaseAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_tenant_with_its_own_connection_string_gets_a_context_on_its_own_database()
    {
        var ownDb = _host.Tenants.Add("own", _ownDatabase);
        var shared = _host.Tenants.Add("shared");

        using (_host.CurrentTenant.Change(ownDb.Id))
        {
            (await ConnectionStringAsync()).ShouldBe(_ownDatabase);
        }

        using (_host.CurrentTenant.Change(shared.Id))
        {
            (await ConnectionStringAsync()).ShouldBe(_host.DefaultConnectionString);
        }

        (await ConnectionStringAsync()).ShouldBe(_host.DefaultConnectionString);
    }

    [Fact]
    public async Task Rows_land_in_the_database_of_their_tenant()
    {
        var ownDb = _host.Tenants.Add("own", _ownDatabase);
        var shared = _host.Tenants.Add("shared");

        using (_host.CurrentTenant.Change(ownDb.Id))
        {
            await InsertAsync("OWN1", "OWN2");
        }

        using (_host.CurrentTenant.Change(shared.Id))
        {
            await InsertAsync("SHARED1");
        }

        (await CodesInFileAsync(_ownDatabase)).ShouldBe(["OWN1", "OWN2"]);
        (await CodesInFileAsync(_host.DefaultConnectionString)).ShouldBe(["SHARED1"]);
        using (_host.CurrentTenant.Change(ownDb.Id))
        {
            (await _host.InScopeAsync((_, db) => db.Campaigns.CountAsync())).ShouldBe(2);
        }
    }

    [Fact]
    public async Task One_scope_gets_one_context_per_database_and_saves_both()
    {
        var ownDb = _host.Tenants.Add("own", _ownDatabase);
        var shared = _host.Tenants.Add("shared");

        await _host.InScopeAsync(async (sp, _) =>
        {
            var provider = sp.GetRequiredService<MarketingSaaS.Framework.EntityFrameworkCore.DbContexts.IDbContextProvider<TestDbContext>>();
            using (_host.CurrentTenant.Change(ownDb.Id))
            {
                var own = await provider.GetDbContextAsync();
                own.ShouldBeSameAs(await provider.GetDbContextAsync());
                own.Campaigns.Add(new Campaign("OWN", "o"));
            }

            using (_host.CurrentTenant.Change(shared.Id))
            {
                (await provider.GetDbContextAsync()).Campaigns.Add(new Campaign("SHARED", "s"));
                await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            }
        });

        (await CodesInFileAsync(_ownDatabase)).ShouldBe(["OWN"]);
        (await CodesInFileAsync(_host.DefaultConnectionString)).ShouldBe(["SHARED"]);
    }

    private Task<string?> ConnectionStringAsync() =>
        _host.InScopeAsync((_, db) => Task.FromResult(db.Database.GetConnectionString()));

    private Task InsertAsync(params string[] codes) => _host.InScopeAsync(async (sp, db) =>
    {
        db.Campaigns.AddRange(codes.Select(c => new Campaign(c, c)));
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    });

    private static async Task<List<string>> CodesInFileAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Code\" FROM \"Campaigns\" ORDER BY \"Code\"";
        await using var reader = await command.ExecuteReaderAsync();
        var codes = new List<string>();
        while (await reader.ReadAsync())
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }
}

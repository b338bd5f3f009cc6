using MarketingSaaS.Framework.Data;
using MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Tests.Helpers.Data;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.TestBase.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.MultiTenancy;

/// <summary>
/// The database itself keeps tenants apart: the tables are owned by msaas_owner, the application connects as
/// msaas_app (no BYPASSRLS), and raw SQL without any WHERE clause still sees only the current tenant. The wildcard
/// app.tenant_id = '*' admits every tenant for the owner only: the application role setting it reads nothing.
/// </summary>
public sealed class PostgreSqlRowLevelSecurityTests : IAsyncLifetime
{
    private const string CountSql = "SELECT count(*)::int AS \"Value\" FROM \"Campaigns\"";
    private readonly Guid _tenantA = Guid.NewGuid();
    private readonly Guid _tenantB = Guid.NewGuid();
    private PostgreSqlTestDatabase _database = null!;
    private TestDataHost _host = null!;

    private IDataFilter DataFilter => _host.Services.GetRequiredService<IDataFilter>();

    public async Task InitializeAsync()
    {
        _database = await PostgreSqlTestDatabase.CreateAsync();
        _host = TestDataHost.Create(_database.ApplicationConnectionString);
        await using (var owner = _host.CreateContext(_database.OwnerConnectionString))
        {
            await owner.Database.EnsureCreatedAsync();
            await PostgreSqlRowLevelSecurity.ApplyAsync(owner, PostgreSqlTestServer.ApplicationRole);
        }

        using (_host.CurrentTenant.Change(_tenantA))
        {
            await InsertAsync("A1", "A2");
        }

        using (_host.CurrentTenant.Change(_tenantB))
        {
            await InsertAsync("B1");
        }
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_application_connects_as_a_role_that_does_not_own_the_tables()
    {
        var user = await _host.InScopeAsync((_, db) => db.Database.SqlQueryRaw<string>("SELECT current_user::text AS \"Value\"").SingleAsync());

        user.ShouldBe(PostgreSqlTestServer.ApplicationRole);
    }

    [Fact]
    public async Task Raw_sql_without_a_where_clause_sees_only_the_current_tenant()
    {
        using var _ = _host.CurrentTenant.Change(_tenantA);

        (await _host.InScopeAsync((_, db) => RawCountAsync(db))).ShouldBe(2);
    }

    [Fact]
    public async Task Changing_the_tenant_on_the_same_open_connection_switches_what_raw_sql_sees()
    {
        var counts = await _host.InScopeAsync(async (_, db) =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            var seen = new List<int>();
            foreach (var tenant in new Guid?[] { _tenantA, _tenantB, null, _tenantA })
            {
                using (_host.CurrentTenant.Change(tenant))
                {
                    seen.Add(await RawCountAsync(db));
                }
            }

            db.Database.GetDbConnection().ShouldBeSameAs(connection);
            return seen;
        });

        counts.ShouldBe([2, 1, 0, 2]);
    }

    [Fact]
    public async Task A_rolled_back_transaction_does_not_leave_the_connection_on_the_previous_tenant()
    {
        var counts = await _host.InScopeAsync(async (_, db) =>
        {
            await db.Database.OpenConnectionAsync();
            var seen = new List<int>();
            using (_host.CurrentTenant.Change(_tenantA))
            {
                seen.Add(await RawCountAsync(db));
            }

            using (_host.CurrentTenant.Change(_tenantB))
            {
                await using (await db.Database.BeginTransactionAsync())
                {
                    seen.Add(await RawCountAsync(db));
                }

                seen.Add(await RawCountAsync(db));
            }

            return seen;
        });

        counts.ShouldBe([2, 1, 1]);
    }

    [Fact]
    public async Task The_host_side_sees_no_tenant_rows_even_when_every_ef_filter_is_ignored()
    {
        (await _host.InScopeAsync((_, db) => RawCountAsync(db))).ShouldBe(0);
        (await _host.InScopeAsync((_, db) => db.Campaigns.IgnoreQueryFilters().CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Disabling_the_tenant_filter_as_the_application_role_sees_no_row()
    {
        using var _ = _host.CurrentTenant.Change(_tenantA);

        using (DataFilter.Disable<IMultiTenant>())
        {
            (await _host.InScopeAsync((_, db) => RawCountAsync(db))).ShouldBe(0);
        }
    }

    [Theory]
    [InlineData("SET app.tenant_id = '*'")]
    [InlineData("SELECT set_config('app.tenant_id', '*', false)")]
    [InlineData("SET SESSION app.tenant_id TO '*'")]
    public async Task The_application_role_setting_the_wildcard_itself_reads_nothing(string wildcard)
    {
        (await CountWithWildcardAsync(_database.ApplicationConnectionString, wildcard)).ShouldBe(0);
    }

    [Fact]
    public async Task The_owner_role_setting_the_wildcard_reads_every_tenant()
    {
        (await CountWithWildcardAsync(_database.OwnerConnectionString, "SET app.tenant_id = '*'")).ShouldBe(3);
    }

    [Fact]
    public async Task The_application_role_cannot_assume_the_owner_role()
    {
        await using var connection = new NpgsqlConnection(_database.ApplicationConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SET ROLE {PostgreSqlTestServer.OwnerRole}", connection);

        var e = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        e.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task Raw_sql_cannot_insert_a_row_of_another_tenant()
    {
        using var _ = _host.CurrentTenant.Change(_tenantA);

        var e = await Should.ThrowAsync<PostgresException>(() => _host.InScopeAsync((_, db) => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Campaigns\" (\"Id\", \"TenantId\", \"Code\", \"Name\", \"ConcurrencyStamp\", \"CreationTime\", \"IsDeleted\") "
            + "VALUES ({0}, {1}, 'SNEAK', 'sneak', 'stamp', now(), false)",
            Guid.NewGuid(), _tenantB)));

        e.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        e.MessageText.ShouldContain("row-level security");
        (await CountWithWildcardAsync(_database.OwnerConnectionString, "SET app.tenant_id = '*'")).ShouldBe(3);
    }

    [Fact]
    public async Task Raw_sql_cannot_update_rows_of_another_tenant()
    {
        using (_host.CurrentTenant.Change(_tenantA))
        {
            (await _host.InScopeAsync((_, db) => db.Database.ExecuteSqlRawAsync("UPDATE \"Campaigns\" SET \"Name\" = 'hijacked'"))).ShouldBe(2);
        }

        using (_host.CurrentTenant.Change(_tenantB))
        {
            (await _host.InScopeAsync((_, db) => db.Campaigns.SingleAsync())).Name.ShouldBe("B1");
        }
    }

    [Fact]
    public async Task A_unique_index_violation_on_postgresql_throws_DuplicateKeyException()
    {
        using var _ = _host.CurrentTenant.Change(_tenantA);

        await Should.ThrowAsync<DuplicateKeyException>(() => InsertAsync("A1"));
    }

    /// <summary>A plain connection (no interceptor): the wildcard statement, then a count without any WHERE clause.</summary>
    private static async Task<int> CountWithWildcardAsync(string connectionString, string wildcard)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand(wildcard, connection))
        {
            await set.ExecuteNonQueryAsync();
        }

        await using var count = new NpgsqlCommand(CountSql, connection);
        return (int)(await count.ExecuteScalarAsync())!;
    }

    private static Task<int> RawCountAsync(TestDbContext db) => db.Database.SqlQueryRaw<int>(CountSql).SingleAsync();

    private Task InsertAsync(params string[] codes) => _host.InScopeAsync(async (sp, db) =>
    {
        db.Campaigns.AddRange(codes.Select(c => new Campaign(c, c)));
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    });
}

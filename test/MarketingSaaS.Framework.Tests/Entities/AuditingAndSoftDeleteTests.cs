using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.Tests.Helpers.Data;
using MarketingSaaS.Framework.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Entities;

public sealed class AuditingAndSoftDeleteTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly Guid _tenantId = Guid.NewGuid();
    private TestDataHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await TestDataHost.CreateSqliteAsync();
        _host.Clock.Set(T0);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Creation_is_stamped_from_the_clock_and_the_current_user()
    {
        var creator = Guid.NewGuid();
        _host.User.SignIn(creator, "creator");
        using var _ = _host.CurrentTenant.Change(_tenantId);

        var id = await InsertAsync("C1");

        var saved = await FindAsync(id);
        saved.CreationTime.ShouldBe(T0);
        saved.CreatorId.ShouldBe(creator);
        saved.LastModificationTime.ShouldBeNull();
        saved.LastModifierId.ShouldBeNull();
    }

    [Fact]
    public async Task Modification_is_stamped_and_renews_the_concurrency_stamp()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);
        var id = await InsertAsync("C1");
        var firstStamp = (await FindAsync(id)).ConcurrencyStamp;
        var editor = Guid.NewGuid();
        _host.User.SignIn(editor, "editor");
        _host.Clock.Advance(TimeSpan.FromHours(2));

        await _host.InScopeAsync(async (sp, db) =>
        {
            (await db.Campaigns.SingleAsync(c => c.Id == id)).Name = "Renamed";
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        var saved = await FindAsync(id);
        saved.Name.ShouldBe("Renamed");
        saved.CreationTime.ShouldBe(T0);
        saved.LastModificationTime.ShouldBe(T0.AddHours(2));
        saved.LastModifierId.ShouldBe(editor);
        saved.ConcurrencyStamp.ShouldNotBe(firstStamp);
    }

    [Fact]
    public async Task Remove_keeps_the_row_marked_deleted_and_hides_it_from_queries()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);
        var id = await InsertAsync("C1");
        var deleter = Guid.NewGuid();
        _host.User.SignIn(deleter, "deleter");
        _host.Clock.Advance(TimeSpan.FromDays(1));

        await _host.InScopeAsync(async (sp, db) =>
        {
            var repository = sp.GetRequiredService<IRepository<Campaign, Guid>>();
            await repository.DeleteAsync(await repository.GetAsync(id));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        await _host.InScopeAsync(async (sp, db) =>
        {
            (await db.Campaigns.AnyAsync(c => c.Id == id)).ShouldBeFalse();
            (await sp.GetRequiredService<IRepository<Campaign, Guid>>().FindAsync(id)).ShouldBeNull();
            var deleted = await db.Campaigns.IgnoreQueryFilters([DataFilterNames.SoftDelete]).SingleAsync(c => c.Id == id);
            deleted.IsDeleted.ShouldBeTrue();
            deleted.DeletionTime.ShouldBe(T0.AddDays(1));
            deleted.DeleterId.ShouldBe(deleter);
        });
        (await CountRawAsync("SELECT count(*) FROM \"Campaigns\" WHERE \"IsDeleted\" = 1")).ShouldBe(1);
    }

    [Fact]
    public async Task Ignoring_only_the_soft_delete_filter_still_keeps_other_tenants_out()
    {
        var otherTenant = Guid.NewGuid();
        using (_host.CurrentTenant.Change(otherTenant))
        {
            await DeleteAsync(await InsertAsync("OTHER"));
        }

        using var _ = _host.CurrentTenant.Change(_tenantId);
        var mine = await InsertAsync("MINE");
        await DeleteAsync(mine);

        var visible = await _host.InScopeAsync((_, db) =>
            db.Campaigns.IgnoreQueryFilters([DataFilterNames.SoftDelete]).Select(c => c.Code).ToListAsync());

        visible.ShouldBe(["MINE"]);
    }

    [Fact]
    public async Task Disabling_the_soft_delete_filter_shows_deleted_rows_only_inside_the_scope()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);
        await DeleteAsync(await InsertAsync("GONE"));
        var dataFilter = _host.Services.GetRequiredService<MarketingSaaS.Framework.Data.IDataFilter>();

        using (dataFilter.Disable<MarketingSaaS.Framework.Domain.Entities.ISoftDelete>())
        {
            (await CountAsync()).ShouldBe(1);
        }

        (await CountAsync()).ShouldBe(0);
    }

    private Task<int> CountAsync() => _host.InScopeAsync((_, db) => db.Campaigns.CountAsync());

    private async Task<Guid> InsertAsync(string code)
    {
        var campaign = new Campaign(code, "Campaign " + code);
        await _host.InScopeAsync(async (sp, db) =>
        {
            await sp.GetRequiredService<IRepository<Campaign, Guid>>().InsertAsync(campaign);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
        return campaign.Id;
    }

    private Task DeleteAsync(Guid id) => _host.InScopeAsync(async (sp, db) =>
    {
        db.Campaigns.Remove(await db.Campaigns.SingleAsync(c => c.Id == id));
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    });

    private Task<Campaign> FindAsync(Guid id) => _host.InScopeAsync((_, db) => db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == id));

    private async Task<long> CountRawAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_host.DefaultConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

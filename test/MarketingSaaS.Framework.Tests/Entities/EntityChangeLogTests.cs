using System.Text.Json;
using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Framework.Tests.Helpers.Data;
using MarketingSaaS.Framework.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Entities;

public sealed class EntityChangeLogTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly Guid _tenantId = Guid.NewGuid();
    private readonly Guid _userId = Guid.NewGuid();
    private TestDataHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await TestDataHost.CreateSqliteAsync();
        _host.Clock.Set(T0);
        _host.User.SignIn(_userId, "auditor");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Creating_logs_the_new_values_without_secrets()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);
        var campaign = new Campaign("C1", "Spring launch") { ApiToken = "tok-123", PasswordHint = "hint" };

        await SaveAsync(db => db.Campaigns.Add(campaign));

        var log = (await LogsAsync()).ShouldHaveSingleItem();
        log.ChangeType.ShouldBe(EntityChangeType.Created);
        log.EntityType.ShouldBe(nameof(Campaign));
        log.EntityId.ShouldBe(campaign.Id.ToString());
        log.TenantId.ShouldBe(_tenantId);
        log.UserId.ShouldBe(_userId);
        log.UserName.ShouldBe("auditor");
        log.ChangeTime.ShouldBe(T0);
        var changes = Changes(log);
        changes["Name"].ShouldBe((null, "Spring launch"));
        changes["Code"].ShouldBe((null, "C1"));
        changes.Keys.ShouldNotContain("ApiToken");
        changes.Keys.ShouldNotContain("PasswordHint");
        changes.Keys.ShouldNotContain("ConcurrencyStamp");
        log.Changes.ShouldNotContain("tok-123");
    }

    [Fact]
    public async Task Updating_logs_only_changed_properties_with_old_and_new_values()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);
        var campaign = new Campaign("C1", "Before");
        await SaveAsync(db => db.Campaigns.Add(campaign));

        await _host.InScopeAsync(async (sp, db) =>
        {
            var loaded = await db.Campaigns.SingleAsync();
            loaded.Name = "After";
            loaded.ApiToken = "new-secret";
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        var log = (await LogsAsync()).Single(l => l.ChangeType == EntityChangeType.Updated);
        var changes = Changes(log);
        changes["Name"].ShouldBe(("Before", "After"));
        changes.Keys.ShouldNotContain("Code");
        changes.Keys.ShouldNotContain("ApiToken");
        log.Changes.ShouldNotContain("new-secret");
    }

    [Fact]
    public async Task Soft_deleting_logs_a_deletion()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);
        var campaign = new Campaign("C1", "Doomed");
        await SaveAsync(db => db.Campaigns.Add(campaign));

        await _host.InScopeAsync(async (sp, db) =>
        {
            db.Campaigns.Remove(await db.Campaigns.SingleAsync());
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        var log = (await LogsAsync()).Single(l => l.ChangeType == EntityChangeType.Deleted);
        log.EntityId.ShouldBe(campaign.Id.ToString());
        Changes(log)["Name"].ShouldBe(("Doomed", null));
    }

    [Fact]
    public async Task Host_owned_entities_are_not_logged_and_logs_stay_in_their_tenant()
    {
        using (_host.CurrentTenant.Change(_tenantId))
        {
            await SaveAsync(db => db.Campaigns.Add(new Campaign("C1", "x")));
        }

        await SaveAsync(db => db.Regions.Add(new Region("North")));

        (await LogsAsync()).ShouldBeEmpty();
        using (_host.CurrentTenant.Change(Guid.NewGuid()))
        {
            (await LogsAsync()).ShouldBeEmpty();
        }

        using (_host.CurrentTenant.Change(_tenantId))
        {
            (await LogsAsync()).ShouldHaveSingleItem();
        }
    }

    private Task SaveAsync(Action<TestDbContext> change) => _host.InScopeAsync(async (sp, db) =>
    {
        change(db);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    });

    private Task<List<EntityChangeLog>> LogsAsync() =>
        _host.InScopeAsync((_, db) => db.EntityChangeLogs.AsNoTracking().ToListAsync());

    private static Dictionary<string, (string? Old, string? New)> Changes(EntityChangeLog log) =>
        JsonDocument.Parse(log.Changes).RootElement.EnumerateArray().ToDictionary(
            e => e.GetProperty("property").GetString()!,
            e => (e.GetProperty("old").GetString(), e.GetProperty("new").GetString()));
}

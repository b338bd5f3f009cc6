using MarketingSaaS.Framework.Data;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Tests.Helpers.Data;
using MarketingSaaS.Framework.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Entities;

public sealed class TenantStampingAndFilterTests : IAsyncLifetime
{
    private readonly Guid _tenantA = Guid.NewGuid();
    private readonly Guid _tenantB = Guid.NewGuid();
    private TestDataHost _host = null!;

    private IDataFilter DataFilter => _host.Services.GetRequiredService<IDataFilter>();

    public async Task InitializeAsync() => _host = await TestDataHost.CreateSqliteAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_current_tenant_is_stamped_on_insert()
    {
        using (_host.CurrentTenant.Change(_tenantA))
        {
            await InsertAsync(new Campaign("A1", "a"));
        }

        using (DataFilter.Disable<IMultiTenant>())
        {
            (await _host.InScopeAsync((_, db) => db.Campaigns.SingleAsync())).TenantId.ShouldBe(_tenantA);
        }
    }

    [Fact]
    public async Task Inserting_a_tenant_owned_row_without_a_current_tenant_throws()
    {
        var e = await Should.ThrowAsync<InvalidOperationException>(() => InsertAsync(new Campaign("X", "x")));

        e.Message.ShouldContain("no current tenant");
    }

    [Fact]
    public async Task Inserting_a_row_of_another_tenant_throws()
    {
        using var _ = _host.CurrentTenant.Change(_tenantA);

        var e = await Should.ThrowAsync<InvalidOperationException>(() => InsertAsync(new Campaign("B1", "b", _tenantB)));

        e.Message.ShouldContain("another tenant");
        (await CodesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_row_with_the_current_tenant_given_explicitly_is_accepted()
    {
        using var _ = _host.CurrentTenant.Change(_tenantA);

        await InsertAsync(new Campaign("A1", "a", _tenantA));

        (await CodesAsync()).ShouldBe(["A1"]);
    }

    [Fact]
    public async Task Each_tenant_sees_only_its_own_rows()
    {
        await SeedAsync();

        using (_host.CurrentTenant.Change(_tenantA))
        {
            (await CodesAsync()).ShouldBe(["A1", "A2"]);
        }

        using (_host.CurrentTenant.Change(_tenantB))
        {
            (await CodesAsync()).ShouldBe(["B1"]);
        }
    }

    [Fact]
    public async Task The_host_side_sees_no_tenant_rows_but_sees_host_owned_ones()
    {
        await SeedAsync();
        await _host.InScopeAsync(async (sp, db) =>
        {
            db.Regions.Add(new Region("East"));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        (await CodesAsync()).ShouldBeEmpty();
        (await _host.InScopeAsync((_, db) => db.Regions.CountAsync())).ShouldBe(1);
        using (_host.CurrentTenant.Change(_tenantA))
        {
            (await _host.InScopeAsync((_, db) => db.Regions.CountAsync())).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Disabling_the_tenant_filter_shows_all_tenants_only_inside_the_scope()
    {
        await SeedAsync();
        using var _ = _host.CurrentTenant.Change(_tenantA);

        using (DataFilter.Disable<IMultiTenant>())
        {
            (await CodesAsync()).ShouldBe(["A1", "A2", "B1"]);
        }

        (await CodesAsync()).ShouldBe(["A1", "A2"]);
    }

    [Fact]
    public async Task Nested_filter_scopes_restore_the_outer_state()
    {
        await SeedAsync();
        using var _ = _host.CurrentTenant.Change(_tenantA);

        using (DataFilter.Disable<IMultiTenant>())
        {
            using (DataFilter.Disable<IMultiTenant>())
            {
                (await CodesAsync()).Count.ShouldBe(3);
            }

            (await CodesAsync()).Count.ShouldBe(3);
            using (DataFilter.Enable<IMultiTenant>())
            {
                (await CodesAsync()).ShouldBe(["A1", "A2"]);
            }

            (await CodesAsync()).Count.ShouldBe(3);
        }

        DataFilter.IsEnabled<IMultiTenant>().ShouldBeTrue();
        (await CodesAsync()).ShouldBe(["A1", "A2"]);
    }

    [Fact]
    public async Task Changing_the_tenant_inside_one_scope_switches_what_the_same_context_sees()
    {
        await SeedAsync();

        var (a, b) = await _host.InScopeAsync(async (_, db) =>
        {
            List<string> seenByA, seenByB;
            using (_host.CurrentTenant.Change(_tenantA))
            {
                seenByA = await db.Campaigns.Select(c => c.Code).ToListAsync();
            }

            using (_host.CurrentTenant.Change(_tenantB))
            {
                seenByB = await db.Campaigns.Select(c => c.Code).ToListAsync();
            }

            return (seenByA, seenByB);
        });

        a.Order().ShouldBe(["A1", "A2"]);
        b.ShouldBe(["B1"]);
    }

    private async Task SeedAsync()
    {
        using (_host.CurrentTenant.Change(_tenantA))
        {
            await InsertAsync(new Campaign("A1", "a"), new Campaign("A2", "a"));
        }

        using (_host.CurrentTenant.Change(_tenantB))
        {
            await InsertAsync(new Campaign("B1", "b"));
        }
    }

    private Task InsertAsync(params Campaign[] campaigns) => _host.InScopeAsync(async (sp, db) =>
    {
        db.Campaigns.AddRange(campaigns);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    });

    private Task<List<string>> CodesAsync() =>
        _host.InScopeAsync((_, db) => db.Campaigns.OrderBy(c => c.Code).Select(c => c.Code).ToListAsync());
}

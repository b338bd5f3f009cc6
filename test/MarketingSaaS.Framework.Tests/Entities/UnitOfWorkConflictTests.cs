using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Tests.Helpers.Data;
using MarketingSaaS.Framework.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Entities;

public sealed class UnitOfWorkConflictTests : IAsyncLifetime
{
    private readonly Guid _tenantId = Guid.NewGuid();
    private TestDataHost _host = null!;

    public async Task InitializeAsync() => _host = await TestDataHost.CreateSqliteAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Updating_with_a_stale_concurrency_stamp_throws_ConcurrencyException()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);
        var id = await InsertAsync("C1");
        var stampTheClientRead = await StampAsync(id);
        await UpdateNameAsync(id, "Changed by someone else", expectedStamp: stampTheClientRead);

        var e = await Should.ThrowAsync<ConcurrencyException>(() => UpdateNameAsync(id, "Mine", expectedStamp: stampTheClientRead));

        e.InnerException.ShouldBeOfType<DbUpdateConcurrencyException>();
        (await _host.InScopeAsync((_, db) => db.Campaigns.SingleAsync())).Name.ShouldBe("Changed by someone else");
    }

    [Fact]
    public async Task Updating_with_the_current_stamp_succeeds()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);
        var id = await InsertAsync("C1");

        await UpdateNameAsync(id, "First", await StampAsync(id));
        await UpdateNameAsync(id, "Second", await StampAsync(id));

        (await _host.InScopeAsync((_, db) => db.Campaigns.SingleAsync())).Name.ShouldBe("Second");
    }

    [Fact]
    public async Task Deleting_a_row_someone_else_changed_throws_ConcurrencyException()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);
        var id = await InsertAsync("C1");

        await Should.ThrowAsync<ConcurrencyException>(() => _host.InScopeAsync(async (sp, db) =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Id == id);
            await UpdateNameAsync(id, "Changed meanwhile", campaign.ConcurrencyStamp);
            db.Campaigns.Remove(campaign);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task A_unique_index_violation_throws_DuplicateKeyException()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);
        await InsertAsync("SAME");

        var e = await Should.ThrowAsync<DuplicateKeyException>(() => InsertAsync("SAME"));

        e.InnerException.ShouldBeOfType<DbUpdateException>();
    }

    [Fact]
    public async Task The_same_unique_value_in_another_tenant_is_no_conflict()
    {
        using (_host.CurrentTenant.Change(_tenantId))
        {
            await InsertAsync("SAME");
        }

        using (_host.CurrentTenant.Change(Guid.NewGuid()))
        {
            await InsertAsync("SAME");
        }
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_saves_nothing()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);

        await _host.InScopeAsync(async (sp, db) =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync();
            db.Campaigns.Add(new Campaign("T1", "t"));
            await unitOfWork.SaveChangesAsync();
        });

        (await _host.InScopeAsync((_, db) => db.Campaigns.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_transaction_begun_inside_a_running_one_joins_it_and_only_the_outer_commit_commits()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);

        await _host.InScopeAsync(async (sp, db) =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await using var outer = await unitOfWork.BeginTransactionAsync();
            await using (var inner = await unitOfWork.BeginTransactionAsync())
            {
                db.Campaigns.Add(new Campaign("J1", "joined"));
                await inner.CommitAsync();
            }

            // outer disposed without commit
        });

        (await _host.InScopeAsync((_, db) => db.Campaigns.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_joined_transaction_left_without_commit_makes_the_outer_commit_roll_everything_back()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);

        await Should.ThrowAsync<InvalidOperationException>(() => _host.InScopeAsync(async (sp, db) =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await using var outer = await unitOfWork.BeginTransactionAsync();
            db.Campaigns.Add(new Campaign("O1", "outer"));
            await using (await unitOfWork.BeginTransactionAsync())
            {
                db.Campaigns.Add(new Campaign("J2", "joined"));
                await unitOfWork.SaveChangesAsync();
            }

            await outer.CommitAsync();
        }));

        (await _host.InScopeAsync((_, db) => db.Campaigns.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Joined_transactions_commit_with_the_outer_one()
    {
        using var _ = _host.CurrentTenant.Change(_tenantId);

        await _host.InScopeAsync(async (sp, db) =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await using var outer = await unitOfWork.BeginTransactionAsync();
            await using (var inner = await unitOfWork.BeginTransactionAsync())
            {
                db.Campaigns.Add(new Campaign("J3", "joined"));
                await inner.CommitAsync();
            }

            db.Campaigns.Add(new Campaign("O3", "outer"));
            await outer.CommitAsync();
        });

        (await _host.InScopeAsync((_, db) => db.Campaigns.OrderBy(c => c.Code).Select(c => c.Code).ToListAsync())).ShouldBe(["J3", "O3"]);
    }

    private async Task<Guid> InsertAsync(string code)
    {
        var campaign = new Campaign(code, code);
        await _host.InScopeAsync(async (sp, db) =>
        {
            await sp.GetRequiredService<IRepository<Campaign, Guid>>().InsertAsync(campaign);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
        return campaign.Id;
    }

    private Task<string> StampAsync(Guid id) =>
        _host.InScopeAsync(async (_, db) => (await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == id)).ConcurrencyStamp);

    private Task UpdateNameAsync(Guid id, string name, string expectedStamp) => _host.InScopeAsync(async (sp, db) =>
    {
        var repository = sp.GetRequiredService<IRepository<Campaign, Guid>>();
        var campaign = await repository.GetAsync(id);
        campaign.Name = name;
        await repository.UpdateAsync(campaign, expectedStamp);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    });
}

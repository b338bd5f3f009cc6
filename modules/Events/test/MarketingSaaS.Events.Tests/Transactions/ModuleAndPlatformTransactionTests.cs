using System.Text.Json;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Events.EntityFrameworkCore;
using MarketingSaaS.Events.Tests.Registrations;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Transactions;

/// <summary>
/// One unit of work writing through the module's and the platform's DbContexts on the same database: both commit
/// together or neither does. On SQLite the second context used to wait for the first one's write lock (30 s, then
/// "database is locked").
/// </summary>
public abstract class ModuleAndPlatformTransactionTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_transaction_over_both_contexts_commits_both_writes()
    {
        var (session, eventId, unitId) = await ArrangeAsync();

        await InOneTransactionAsync(session.TenantId, eventId, unitId, "Committed", commit: true);

        (await ReadAsync(session.TenantId, eventId, unitId)).ShouldBe(("Committed event", "Committed unit"));
    }

    [Fact]
    public async Task A_transaction_over_both_contexts_that_is_not_committed_leaves_both_unchanged()
    {
        var (session, eventId, unitId) = await ArrangeAsync();
        var before = await ReadAsync(session.TenantId, eventId, unitId);

        await InOneTransactionAsync(session.TenantId, eventId, unitId, "Abandoned", commit: false);

        (await ReadAsync(session.TenantId, eventId, unitId)).ShouldBe(before);
    }

    private async Task<(TenantSession Session, Guid EventId, Guid UnitId)> ArrangeAsync()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateEventAsync("Spring salon");
        var unit = await session.Admin.PostJsonAsync<JsonElement>("/api/org/units", new { displayName = "Brand", kind = "Department" });
        return (session, eventId, unit.GetProperty("id").GetGuid());
    }

    private async Task InOneTransactionAsync(Guid tenantId, Guid eventId, Guid unitId, string prefix, bool commit)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var events = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<EventsDbContext>>().GetDbContextAsync();
        var platform = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();

        await using var transaction = await unitOfWork.BeginTransactionAsync();
        var marketingEvent = await events.MarketingEvents.SingleAsync(e => e.Id == eventId);
        events.Entry(marketingEvent).Property(e => e.Name).CurrentValue = prefix + " event";
        var unit = await platform.OrganizationUnits.SingleAsync(u => u.Id == unitId);
        platform.Entry(unit).Property(u => u.DisplayName).CurrentValue = prefix + " unit";
        await unitOfWork.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
    }

    private async Task<(string EventName, string UnitName)> ReadAsync(Guid tenantId, Guid eventId, Guid unitId)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var events = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<EventsDbContext>>().GetDbContextAsync();
        var platform = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
        var eventName = await events.MarketingEvents.Where(e => e.Id == eventId).Select(e => e.Name).SingleAsync();
        var unitName = await platform.OrganizationUnits.Where(u => u.Id == unitId).Select(u => u.DisplayName).SingleAsync();
        return (eventName, unitName);
    }
}

public sealed class ModuleAndPlatformTransactionTestsOnSqlite(SqliteApiFixture fixture) : ModuleAndPlatformTransactionTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ModuleAndPlatformTransactionTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ModuleAndPlatformTransactionTests(fixture), IClassFixture<PostgreSqlApiFixture>;

using System.Text.Json;
using MarketingSaaS.Events.EntityFrameworkCore;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.Tests.Expenses;

/// <summary>
/// A company with the Events module on, one unit headed by the administrator, and events with budget lines
/// (venue 1,500.00 + catering 500.00 CNY). The approval flow is not under test here: <see cref="ForceStatusAsync"/>
/// puts an event into the status a test starts from.
/// </summary>
internal sealed class EventExecutionScenario
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);

    public required ApiFixture Fixture { get; init; }

    public required TenantSession Session { get; init; }

    public required Guid UnitId { get; init; }

    public required Guid AdminId { get; init; }

    /// <summary>The administrator; <see cref="SetClockAsync"/> signs in again (a moved clock expires the token).</summary>
    public required ApiClient Admin { get; set; }

    public async Task SetClockAsync(DateTimeOffset now)
    {
        Fixture.Factory.Clock.Set(now);
        Admin = await Session.SignInAsync("admin", TestAccounts.AdminPassword);
    }

    public static async Task<EventExecutionScenario> CreateAsync(ApiFixture fixture)
    {
        fixture.Factory.Clock.Set(Start.AddDays(-30));
        var session = await fixture.SignUpWithEventsAsync();
        var adminId = (await session.Admin.GetJsonAsync<JsonElement>("/api/account/me")).Id();
        var unit = await session.Admin.PostJsonAsync<JsonElement>("/api/org/units", new { displayName = "Marketing", kind = "Department" });
        var head = await session.Admin.PostJsonAsync<JsonElement>("/api/org/positions", new { name = "Head of marketing", duties = "leads", organizationUnitIds = new[] { unit.Id() }, holderUserIds = new[] { adminId } });
        var current = await session.Admin.GetJsonAsync<JsonElement>($"/api/org/units/{unit.Id()}");
        (await session.Admin.PutAsync($"/api/org/units/{unit.Id()}", new
        {
            displayName = "Marketing",
            kind = "Department",
            headPositionId = head.Id(),
            concurrencyStamp = current.GetProperty("concurrencyStamp").GetString(),
        })).EnsureSuccessStatusCode();
        return new EventExecutionScenario { Fixture = fixture, Session = session, Admin = session.Admin, UnitId = unit.Id(), AdminId = adminId };
    }

    public async Task<JsonElement> CreateEventAsync(MarketingEventStatus status, string name = "Spring salon")
    {
        var created = await Admin.PostJsonAsync<JsonElement>("/api/events", new
        {
            name,
            type = "OfflineSalon",
            startTime = Start,
            endTime = Start.AddHours(4),
            place = "Shanghai",
            ownerUnitId = UnitId,
            budgetLines = new[] { new { category = "Venue", amount = 1500.00m, currency = "CNY" }, new { category = "Catering", amount = 500.00m, currency = "CNY" } },
        });
        await ForceStatusAsync(created.Id(), status);
        return await Admin.GetJsonAsync<JsonElement>($"/api/events/{created.Id()}");
    }

    public async Task ForceStatusAsync(Guid eventId, MarketingEventStatus status)
    {
        using var scope = Fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(Session.TenantId))
        {
            var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<EventsDbContext>>().GetDbContextAsync();
            var marketingEvent = await context.MarketingEvents.FindAsync(eventId) ?? throw new InvalidOperationException("no event " + eventId);
            context.Entry(marketingEvent).Property(e => e.Status).CurrentValue = status;
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }
    }

    public Task<HttpResponseMessage> AddExpenseAsync(Guid eventId, Guid budgetLineId, decimal amount, string currency = "CNY") =>
        Admin.PostAsync($"/api/events/{eventId}/expenses", new { budgetLineId, amount, currency, spentOn = Start.AddHours(2), note = "invoice 42" });

    public static Guid BudgetLine(JsonElement marketingEvent, int index) =>
        marketingEvent.GetProperty("budgetLines")[index].Id();

    public static readonly object Review = new
    {
        goalAttainment = "120 of 100 planned guests",
        resourceEfficiency = "Venue cheaper than planned",
        feedback = "Good talks",
        improvements = Array.Empty<object>(),
    };
}

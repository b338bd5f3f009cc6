using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.Events.Tests.Plans;

/// <summary>
/// The execution scenario (a unit headed by the administrator, events forced into a status) plus two staff users
/// who may only read events: "member", who also holds the position "Stage crew", and "other".
/// </summary>
internal sealed class EventPlanScenario
{
    public required EventExecutionScenario Events { get; init; }

    public required Guid MemberId { get; init; }

    public required Guid OtherId { get; init; }

    public required Guid CrewPositionId { get; init; }

    public ApiClient Admin => Events.Admin;

    public TenantSession Session => Events.Session;

    public static async Task<EventPlanScenario> CreateAsync(ApiFixture fixture)
    {
        var events = await EventExecutionScenario.CreateAsync(fixture);
        var admin = events.Admin;
        var memberId = await CreateReaderAsync(events.Session, "member");
        var otherId = await CreateReaderAsync(events.Session, "other");
        var crew = await admin.PostJsonAsync<JsonElement>("/api/org/positions", new
        {
            name = "Stage crew", duties = "builds the stage", organizationUnitIds = new[] { events.UnitId }, holderUserIds = new[] { memberId },
        });
        return new EventPlanScenario { Events = events, MemberId = memberId, OtherId = otherId, CrewPositionId = crew.Id() };
    }

    public Task<ApiClient> SignInAsync(string userName) => Session.SignInAsync(userName, TestAccounts.UserPassword);

    public Task<JsonElement> CreateEventAsync(MarketingEventStatus status, string name = "Spring salon") => Events.CreateEventAsync(status, name);

    public static object Task(string name, string start, string end, params object[] raci) => new { name, startDate = start, endDate = end, raci };

    public static object Raci(string role, string kind, Guid partyId) => new { role, kind, partyId };

    private static async Task<Guid> CreateReaderAsync(TenantSession session, string userName)
    {
        var user = await session.Admin.PostJsonAsync<JsonElement>("/api/identity/users", new
        {
            userName, name = "Name of " + userName, email = $"{userName}@{session.Slug}.test", password = TestAccounts.UserPassword,
            roleNames = Array.Empty<string>(), isActive = true,
        });
        (await session.Admin.PutAsync($"/api/identity/permissions?providerName=U&providerKey={user.Id()}", new { grantedPermissions = new[] { EventsPermissions.MarketingEvents.Default } }))
            .EnsureSuccessStatusCode();
        return user.Id();
    }
}

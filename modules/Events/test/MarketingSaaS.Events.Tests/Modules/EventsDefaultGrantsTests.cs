using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Tests.EventTemplates;
using MarketingSaaS.Events.Tests.MarketingEvents;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Modules;

/// <summary>What the static roles may do in Events once the module is on (docs/events.md, "Default grants").</summary>
public abstract class EventsDefaultGrantsTests(ApiFixture fixture)
{
    private static readonly string[] StaffEvents =
    [
        "Events.EventTemplates", "Events.MarketingEvents", "Events.MarketingEvents.Create", "Events.MarketingEvents.Update",
        "Events.Registrations", "Events.Registrations.CheckIn",
    ];

    private static readonly string[] AllEvents =
    [
        "Events.EventTemplates", "Events.EventTemplates.Manage",
        "Events.MarketingEvents", "Events.MarketingEvents.Create", "Events.MarketingEvents.Delete", "Events.MarketingEvents.Manage", "Events.MarketingEvents.Update",
        "Events.Registrations", "Events.Registrations.CheckIn", "Events.Registrations.Manage",
    ];

    [Fact]
    public async Task Admin_and_marketing_head_get_every_Events_permission_and_staff_view_plan_and_check_in()
    {
        var session = await fixture.SignUpWithEventsAsync();

        (await EventsGrantsAsync(session.Admin, "admin")).ShouldBe(AllEvents);
        (await EventsGrantsAsync(session.Admin, "marketing-head")).ShouldBe(AllEvents);
        (await EventsGrantsAsync(session.Admin, "staff")).ShouldBe(StaffEvents);
    }

    [Fact]
    public async Task Staff_can_plan_events_but_not_submit_delete_or_change_registration()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var unitId = await session.CreateUnitAsync();
        var staff = await EventTemplateApiTests.StaffAsync(session);

        var created = await staff.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(unitId));

        (await staff.GetAsync("/api/events")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.PostAsync($"/api/events/{created.Id()}/submit", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.DeleteAsync($"/api/events/{created.Id()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PutAsync($"/api/events/{created.Id()}/registration-settings", new { capacity = 10, isOpen = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostAsync($"/api/events/{created.Id()}/check-ins", new { code = "NOSUCHCODE" })).StatusCode.ShouldNotBe(HttpStatusCode.Forbidden);
    }

    /// <summary>The permission screen shows (and its PUT replaces) only the switched-on modules' permissions, so grants get lost.</summary>
    [Fact]
    public async Task Switching_the_module_on_gives_back_the_defaults_a_company_is_missing()
    {
        var session = await fixture.SignUpWithEventsAsync();
        (await session.Admin.PutAsync("/api/identity/permissions?providerName=R&providerKey=staff", new { grantedPermissions = new[] { "Budgets.Expenses" } })).EnsureSuccessStatusCode();
        (await EventsGrantsAsync(session.Admin, "staff")).ShouldBeEmpty();
        await session.SetEventsModuleAsync(false);

        await session.SetEventsModuleAsync(true);

        (await EventsGrantsAsync(session.Admin, "staff")).ShouldBe(StaffEvents);
        (await Granted(session.Admin, "staff")).ShouldContain("Budgets.Expenses");
        (await Granted(session.Admin, "staff")).ShouldNotContain("Budgets.Budgets");
    }

    private static async Task<string[]> EventsGrantsAsync(ApiClient admin, string role) =>
        [.. (await Granted(admin, role)).Where(p => p.StartsWith("Events.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private static async Task<List<string>> Granted(ApiClient admin, string role)
    {
        var result = await admin.GetJsonAsync<JsonElement>($"/api/identity/permissions?providerName=R&providerKey={role}");
        var granted = new List<string>();
        foreach (var group in result.GetProperty("groups").EnumerateArray())
        {
            Collect(group.GetProperty("permissions"), granted);
        }

        return granted;
    }

    private static void Collect(JsonElement permissions, List<string> granted)
    {
        foreach (var p in permissions.EnumerateArray())
        {
            if (p.GetProperty("isGranted").GetBoolean())
            {
                granted.Add(p.GetProperty("name").GetString()!);
            }

            Collect(p.GetProperty("children"), granted);
        }
    }
}

public sealed class EventsDefaultGrantsTestsOnSqlite(SqliteApiFixture fixture) : EventsDefaultGrantsTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventsDefaultGrantsTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventsDefaultGrantsTests(fixture), IClassFixture<PostgreSqlApiFixture>;

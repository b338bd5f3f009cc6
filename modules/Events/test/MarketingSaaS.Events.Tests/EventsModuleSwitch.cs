using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.Events.Tests;

/// <summary>Switches the Events module on or off for a company, as its administrator would in the portal.</summary>
internal static class EventsModuleSwitch
{
    public static async Task SetEventsModuleAsync(this TenantSession session, bool enabled) =>
        (await session.Admin.PutAsync($"/api/modules/{EventsFeatures.Enable}", new { isEnabled = enabled })).EnsureSuccessStatusCode();

    public static async Task<TenantSession> SignUpWithEventsAsync(this ApiFixture fixture)
    {
        var session = await fixture.SignUpAsync();
        await session.SetEventsModuleAsync(true);
        return session;
    }

    /// <summary>A unit of the company to own events (created on the fly).</summary>
    public static async Task<Guid> CreateUnitAsync(this TenantSession session, string name = "Marketing") =>
        (await session.Admin.PostJsonAsync<JsonElement>("/api/org/units", new { displayName = name })).Id();
}

using MarketingSaaS.TestBase.Clients;

namespace MarketingSaaS.Events.Tests;

/// <summary>Switches the Events module on or off for a company, as its administrator would in the portal.</summary>
internal static class EventsModuleSwitch
{
    public static async Task SetEventsModuleAsync(this TenantSession session, bool enabled) =>
        (await session.Admin.PutAsync($"/api/modules/{EventsFeatures.Enable}", new { isEnabled = enabled })).EnsureSuccessStatusCode();

    public static async Task<TenantSession> SignUpWithEventsAsync(this MarketingSaaS.TestBase.Hosting.ApiFixture fixture)
    {
        var session = await fixture.SignUpAsync();
        await session.SetEventsModuleAsync(true);
        return session;
    }
}

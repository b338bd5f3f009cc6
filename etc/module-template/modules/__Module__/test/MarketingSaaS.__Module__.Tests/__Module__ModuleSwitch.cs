using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.__Module__.Tests;

/// <summary>Switches the __Module__ module on or off for a company, as its administrator would in the portal.</summary>
internal static class __Module__ModuleSwitch
{
    public static async Task Set__Module__ModuleAsync(this TenantSession session, bool enabled) =>
        (await session.Admin.PutAsync($"/api/modules/{__Module__Features.Enable}", new { isEnabled = enabled })).EnsureSuccessStatusCode();

    public static async Task<TenantSession> SignUpWith__Module__Async(this ApiFixture fixture)
    {
        var session = await fixture.SignUpAsync();
        await session.Set__Module__ModuleAsync(true);
        return session;
    }
}

using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.Membership.Tests;

/// <summary>Switches the Membership module on or off for a company, as its administrator would in the portal.</summary>
internal static class MembershipModuleSwitch
{
    public static async Task SetMembershipModuleAsync(this TenantSession session, bool enabled) =>
        (await session.Admin.PutAsync($"/api/modules/{MembershipFeatures.Enable}", new { isEnabled = enabled })).EnsureSuccessStatusCode();

    public static async Task<TenantSession> SignUpWithMembershipAsync(this ApiFixture fixture)
    {
        var session = await fixture.SignUpAsync();
        await session.SetMembershipModuleAsync(true);
        return session;
    }
}

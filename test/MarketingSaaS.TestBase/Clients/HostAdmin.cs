using System.Text.Json;
using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.TestBase.Clients;

/// <summary>Clients signed in as a platform operator (host user), e.g. the seeded "admin".</summary>
public static class HostAdmin
{
    public const string UserName = "admin";

    public static async Task<ApiClient> SignInAsync(ApiFixture fixture, string userName = UserName, string password = TestAccounts.HostAdminPassword, string? tenantHeader = null)
    {
        var token = await fixture.Anonymous().PostJsonAsync<JsonElement>("/api/host/account/sign-in", new { userName, password });
        return new ApiClient(fixture.Factory.CreateClient(), tenantHeader, token.GetProperty("accessToken").GetString());
    }
}

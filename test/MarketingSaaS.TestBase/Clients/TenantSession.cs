using System.Text.Json;
using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.TestBase.Clients;

/// <summary>A freshly signed-up company and a client signed in as its admin (bearer token).</summary>
public sealed class TenantSession
{
    private TenantSession(ApiFixture fixture, string slug, Guid tenantId, ApiClient admin)
    {
        Fixture = fixture;
        Slug = slug;
        TenantId = tenantId;
        Admin = admin;
    }

    public ApiFixture Fixture { get; }

    public string Slug { get; }

    public Guid TenantId { get; }

    public ApiClient Admin { get; }

    public static async Task<TenantSession> SignUpAsync(ApiFixture fixture, string? slug = null)
    {
        slug ??= TestAccounts.NewSlug();
        var anonymous = fixture.Anonymous();
        var result = await anonymous.PostJsonAsync<JsonElement>("/api/account/sign-up", new
        {
            companyName = "Company " + slug,
            slug,
            adminName = "Admin " + slug,
            email = $"admin@{slug}.test",
            password = TestAccounts.AdminPassword,
        });
        var admin = await SignInAsync(fixture, slug, "admin", TestAccounts.AdminPassword);
        return new TenantSession(fixture, slug, result.GetProperty("tenantId").GetGuid(), admin);
    }

    public static async Task<ApiClient> SignInAsync(ApiFixture fixture, string slug, string userName, string password)
    {
        var token = await fixture.Anonymous().PostJsonAsync<JsonElement>("/api/account/sign-in", new { tenant = slug, userName, password });
        return new ApiClient(fixture.Factory.CreateClient(), accessToken: token.GetProperty("accessToken").GetString());
    }

    public Task<ApiClient> SignInAsync(string userName, string password) => SignInAsync(Fixture, Slug, userName, password);
}

using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using Shouldly;

namespace MarketingSaaS.HttpApi.Tests.Identity;

/// <summary>Creating users and roles through the API as the company's admin, and signing in as them.</summary>
public static class IdentityTestExtensions
{
    public static Task<JsonElement> CreateUserAsync(this TenantSession session, string userName, params string[] roleNames) =>
        session.Admin.PostJsonAsync<JsonElement>("/api/identity/users", NewUser(session, userName, roleNames));

    public static object NewUser(TenantSession session, string userName, params string[] roleNames) => new
    {
        userName,
        name = "Name of " + userName,
        email = $"{userName}@{session.Slug}.test",
        password = TestAccounts.UserPassword,
        roleNames,
        isActive = true,
    };

    /// <summary>A user holding only the static "staff" role, which starts without any permission.</summary>
    public static async Task<ApiClient> CreateStaffClientAsync(this TenantSession session, string userName = "staff1")
    {
        await session.CreateUserAsync(userName, "staff");
        return await session.SignInAsync(userName, TestAccounts.UserPassword);
    }

    public static async Task<JsonElement> FindRoleAsync(this TenantSession session, string name)
    {
        var roles = await session.Admin.GetJsonAsync<JsonElement>("/api/identity/roles");
        return roles.EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);
    }

    public static Task<HttpResponseMessage> TrySignInAsync(this TenantSession session, string userName, string password) =>
        session.Fixture.Anonymous().PostAsync("/api/account/sign-in", new { tenant = session.Slug, userName, password });

    public static async Task ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code) =>
        (await response.ReadProblemAsync(status)).GetProperty("code").GetString().ShouldBe(code);

}

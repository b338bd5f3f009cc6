using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;

namespace MarketingSaaS.HttpApi.Tests.Search;

internal static class SearchClient
{
    /// <summary>The titles of the global search's results of one kind, in the order found.</summary>
    public static async Task<string[]> SearchTitlesAsync(this ApiClient client, string q, string kind) =>
        [.. (await client.GetJsonAsync<JsonElement[]>($"/api/search?q={Uri.EscapeDataString(q)}&max=20"))
            .Where(r => r.GetProperty("kind").GetString() == kind)
            .Select(r => r.GetProperty("title").GetString()!)];

    public static Task<JsonElement> CreatePersonAsync(this TenantSession session, string userName, string name, params string[] roleNames) =>
        session.Admin.PostJsonAsync<JsonElement>("/api/identity/users", new
        {
            userName, name, email = $"{userName}@{session.Slug}.test", password = TestAccounts.UserPassword, roleNames, isActive = true,
        });
}

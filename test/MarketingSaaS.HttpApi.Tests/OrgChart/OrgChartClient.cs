using System.Text.Json;
using MarketingSaaS.TestBase.Clients;

namespace MarketingSaaS.HttpApi.Tests.OrgChart;

/// <summary>Small helpers over the org chart API for the tests.</summary>
internal static class OrgChartClient
{
    public static Task<JsonElement> CreateUnitAsync(this ApiClient client, string name, Guid? parentId = null, string kind = "Department") =>
        client.PostJsonAsync<JsonElement>("/api/org/units", new { displayName = name, parentId, kind });

    public static Task<JsonElement> CreatePositionAsync(this ApiClient client, string name, Guid[]? unitIds = null, Guid[]? holderUserIds = null) =>
        client.PostJsonAsync<JsonElement>("/api/org/positions", new { name, duties = "duties of " + name, organizationUnitIds = unitIds ?? [], holderUserIds = holderUserIds ?? [] });

    public static async Task<Guid> MyUserIdAsync(this ApiClient client) =>
        (await client.GetJsonAsync<JsonElement>("/api/account/me")).GetProperty("id").GetGuid();

}

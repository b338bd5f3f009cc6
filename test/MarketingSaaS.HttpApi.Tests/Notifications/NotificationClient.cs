using System.Text.Json;
using MarketingSaaS.TestBase.Clients;

namespace MarketingSaaS.HttpApi.Tests.Notifications;

internal static class NotificationClient
{
    public const string Url = "/api/notifications";

    public static async Task<JsonElement[]> GetNotificationsAsync(this ApiClient client, bool unreadOnly = false) =>
        [.. (await client.GetJsonAsync<JsonElement>($"{Url}?unreadOnly={unreadOnly}&maxResultCount=100")).GetProperty("items").EnumerateArray()];

    public static async Task<JsonElement[]> GetNotificationsOfKindAsync(this ApiClient client, string kind, bool unreadOnly = false) =>
        [.. (await client.GetJsonAsync<JsonElement>($"{Url}?kind={kind}&unreadOnly={unreadOnly}&maxResultCount=100")).GetProperty("items").EnumerateArray()];

    public static async Task<long> UnreadCountAsync(this ApiClient client) =>
        (await client.GetJsonAsync<JsonElement>($"{Url}/unread-count")).GetProperty("count").GetInt64();

    public static string Kind(this JsonElement notification) => notification.GetProperty("kind").GetString()!;

    public static string Title(this JsonElement notification) => notification.GetProperty("title").GetString()!;

    public static string Body(this JsonElement notification) => notification.GetProperty("body").GetString()!;
}

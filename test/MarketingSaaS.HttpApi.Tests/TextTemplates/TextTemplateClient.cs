using System.Text.Json;
using MarketingSaaS.TestBase.Clients;

namespace MarketingSaaS.HttpApi.Tests.TextTemplates;

internal static class TextTemplateClient
{
    public const string Url = "/api/text-templates";
    public const string ResearchPlan = "Documents.MarketResearchPlan";

    public static Task<JsonElement> GetContentAsync(this ApiClient client, string name, string culture) =>
        client.GetJsonAsync<JsonElement>($"{Url}/{name}/{culture}");

    public static Task<HttpResponseMessage> TryOverrideAsync(this ApiClient client, string name, string culture, string content) =>
        client.PutAsync($"{Url}/{name}/{culture}", new { content });

    public static Task<HttpResponseMessage> TryPreviewAsync(this ApiClient client, string name, string culture, string? content = null) =>
        client.PostAsync($"{Url}/{name}/{culture}/preview", new { content });

    public static async Task<string> PreviewAsync(this ApiClient client, string name, string culture, string? content = null) =>
        (await (await client.TryPreviewAsync(name, culture, content)).ReadAsAsync<JsonElement>()).GetProperty("output").GetString()!;
}

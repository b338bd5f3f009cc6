using System.Net;
using System.Text.Json;

namespace MarketingSaaS.Events.Tests.Expenses;

internal static class ExpectedResponse
{
    /// <summary>The JSON body of an answer that must have exactly the <paramref name="expected"/> status.</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? JsonDocument.Parse(body).RootElement.Clone()
            : throw new HttpRequestException($"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
    }
}

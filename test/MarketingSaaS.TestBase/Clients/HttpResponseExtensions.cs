using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MarketingSaaS.TestBase.Clients;

public static class HttpResponseExtensions
{
    /// <summary>Reads the body as T, failing with the status and body when the call did not succeed.</summary>
    public static async Task<T> ReadAsAsync<T>(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<T>(ApiClient.Json))!;
    }

    /// <summary>The JSON body of an answer that must have exactly the <paramref name="expected"/> status.</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? JsonDocument.Parse(body).RootElement.Clone()
            : throw new HttpRequestException($"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
    }

    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new HttpRequestException($"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            throw new HttpRequestException($"Expected application/problem+json but got {response.Content.Headers.ContentType}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MarketingSaaS.TestBase.Clients;

/// <summary>An HttpClient with the tenant header and/or a bearer token, and JSON helpers.</summary>
public sealed class ApiClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public ApiClient(HttpClient http, string? tenant = null, string? accessToken = null)
    {
        Http = http;
        if (tenant is not null)
        {
            http.DefaultRequestHeaders.Add("__tenant", tenant);
        }

        if (accessToken is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
    }

    public HttpClient Http { get; }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public Task<HttpResponseMessage> PostAsync(string url, object? body) => Http.PostAsJsonAsync(url, body, Json);

    public Task<HttpResponseMessage> PutAsync(string url, object? body) => Http.PutAsJsonAsync(url, body, Json);

    public Task<HttpResponseMessage> DeleteAsync(string url) => Http.DeleteAsync(url);

    public async Task<T> GetJsonAsync<T>(string url)
    {
        var response = await Http.GetAsync(url);
        return await response.ReadAsAsync<T>();
    }

    public async Task<T> PostJsonAsync<T>(string url, object? body)
    {
        var response = await PostAsync(url, body);
        return await response.ReadAsAsync<T>();
    }
}

using MarketingSaaS.TestBase.Clients;

namespace MarketingSaaS.Events.Tests;

/// <summary>Changes a company setting as its administrator would on the settings page.</summary>
internal static class EventsSettingRequests
{
    public static Task<HttpResponseMessage> PutSettingAsync(this ApiClient admin, string name, string? value) =>
        admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { [name] = value } });
}

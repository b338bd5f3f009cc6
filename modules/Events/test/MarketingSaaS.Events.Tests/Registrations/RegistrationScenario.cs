using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.Events.EntityFrameworkCore;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Tests.MarketingEvents;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.Tests.Registrations;

/// <summary>An approved event with registration open, and the anonymous public client of its company.</summary>
internal static class RegistrationScenario
{
    public static async Task<Guid> CreateEventAsync(this TenantSession session, string name, string? description = null)
    {
        var unit = await session.Admin.PostJsonAsync<JsonElement>("/api/org/units", new { displayName = "Marketing " + Guid.NewGuid().ToString("N")[..6], kind = "Department" });
        var created = await session.Admin.PostJsonAsync<JsonElement>("/api/events", new
        {
            name,
            type = "OfflineSalon",
            startTime = MarketingEventRequests.Start,
            endTime = MarketingEventRequests.Start.AddHours(4),
            place = "Shanghai",
            description,
            ownerUnitId = unit.GetProperty("id").GetGuid(),
        });
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> CreateOpenEventAsync(this TenantSession session, int capacity, string name = "Spring salon", string? description = null)
    {
        var eventId = await session.CreateEventAsync(name, description);
        await session.Fixture.SetEventStatusAsync(session.TenantId, eventId, MarketingEventStatus.Approved);
        (await session.Admin.PutAsync($"/api/events/{eventId}/registration-settings", new { capacity, isOpen = true })).EnsureSuccessStatusCode();
        return eventId;
    }

    /// <summary>Stands in for the approval engine (tested with the MarketingEvent aggregate): sets the status in the database.</summary>
    public static async Task SetEventStatusAsync(this ApiFixture fixture, Guid tenantId, Guid eventId, MarketingEventStatus status)
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<EventsDbContext>>().GetDbContextAsync();
            await db.MarketingEvents.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status));
        }
    }

    public static string PublicUrl(this TenantSession session, Guid eventId) => $"/api/public/events/{session.Slug}/{eventId}";

    public static Task<HttpResponseMessage> RegisterAsync(this ApiClient client, string publicUrl, string name, string? email = null, object? extra = null) =>
        client.PostAsync($"{publicUrl}/registrations", extra ?? new { name, email = email ?? $"{Guid.NewGuid():N}@example.com" });

    public static async Task<JsonElement> RegisterJsonAsync(this ApiClient client, string publicUrl, string name, string? email = null)
    {
        var response = await client.RegisterAsync(publicUrl, name, email);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<List<JsonElement>> RegistrationsAsync(this TenantSession session, Guid eventId, string query = "")
    {
        var page = await session.Admin.GetJsonAsync<JsonElement>($"/api/events/{eventId}/registrations?maxResultCount=1000{query}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }
}

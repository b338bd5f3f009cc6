using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Tests.MarketingEvents;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.PlugIns;

/// <summary>
/// The Events module's API served by a host that does not reference it: the module comes only from the
/// plug-in folder (its own AssemblyLoadContext), brings its migrations and its feature switch.
/// </summary>
public sealed class EventsPlugInTests
{
    [Fact]
    public void The_plug_in_host_does_not_carry_the_module_and_the_plug_in_folder_does()
    {
        Directory.GetFiles(PlugInHostProcess.HostFolder, "MarketingSaaS.Events.*").ShouldBeEmpty();
        File.ReadAllText(Path.Combine(PlugInHostProcess.HostFolder, "MarketingSaaS.PlugInHost.deps.json")).ShouldNotContain("MarketingSaaS.Events");
        File.Exists(Path.Combine(PlugInHostProcess.PlugInFolder, "MarketingSaaS.Events.HttpApi", "MarketingSaaS.Events.HttpApi.dll")).ShouldBeTrue();
    }

    [Fact]
    public async Task The_module_loaded_from_the_plug_in_folder_serves_its_api()
    {
        await using var host = await PlugInHostProcess.StartAsync(PlugInHostProcess.PlugInFolder);
        var admin = await SignUpAsync(host);

        await (await admin.GetAsync("/api/events")).ReadProblemAsync(HttpStatusCode.Forbidden);
        (await admin.PutAsync($"/api/modules/{EventsFeatures.Enable}", new { isEnabled = true })).EnsureSuccessStatusCode();
        var unit = await admin.PostJsonAsync<JsonElement>("/api/org/units", new { displayName = "Marketing" });
        var created = await admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(unit.Id(), "From a plug-in"));
        var list = await admin.GetJsonAsync<JsonElement>("/api/events");

        created.GetProperty("status").GetString().ShouldBe("Draft");
        list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ShouldBe(["From a plug-in"]);
        var modules = await admin.GetJsonAsync<JsonElement>("/api/modules");
        modules.EnumerateArray().Single(m => m.GetProperty("name").GetString() == EventsFeatures.Enable)
            .GetProperty("displayName").GetString().ShouldBe("市场活动"); // the plug-in's own resources
    }

    [Fact]
    public async Task Without_the_plug_in_folder_the_same_host_has_no_events_api()
    {
        await using var host = await PlugInHostProcess.StartAsync(plugInFolder: null);
        var admin = await SignUpAsync(host);

        (await admin.GetAsync("/api/events")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PutAsync($"/api/modules/{EventsFeatures.Enable}", new { isEnabled = true })).StatusCode.ShouldBe((HttpStatusCode)422);
    }

    private static async Task<ApiClient> SignUpAsync(PlugInHostProcess host)
    {
        var slug = TestAccounts.NewSlug("plugin");
        var anonymous = new ApiClient(host.CreateClient());
        await anonymous.PostJsonAsync<JsonElement>("/api/account/sign-up", new
        {
            companyName = "Company " + slug,
            slug,
            adminName = "Admin " + slug,
            email = $"admin@{slug}.test",
            password = TestAccounts.AdminPassword,
        });
        var token = await anonymous.PostJsonAsync<JsonElement>("/api/account/sign-in", new { tenant = slug, userName = "admin", password = TestAccounts.AdminPassword });
        return new ApiClient(host.CreateClient(), accessToken: token.GetProperty("accessToken").GetString());
    }
}

using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>A company with the default org chart and approval policies and one person (without roles) in each approving post.</summary>
internal sealed class ApprovalScenario
{
    public required TenantSession Session { get; init; }

    public required Dictionary<string, Guid> Users { get; init; }

    public required Dictionary<string, JsonElement> Positions { get; init; }

    public static async Task<ApprovalScenario> CreateAsync(ApiFixture fixture)
    {
        var session = await fixture.SignUpAsync();
        await session.Admin.PostJsonAsync<JsonElement>("/api/org/units/import-default", new { template = "standard" });
        await session.Admin.PostJsonAsync<JsonElement>("/api/approvals/policies/import-default", null);
        var positions = (await session.Admin.GetJsonAsync<JsonElement[]>("/api/org/positions")).ToDictionary(p => p.GetProperty("name").GetString()!);
        var users = new Dictionary<string, Guid>();
        foreach (var (user, position) in new[] { ("director", "市场部负责人"), ("vp", "分管副总"), ("gm", "总经理"), ("finance", "财务审核岗"), ("researcher", "市场调研岗") })
        {
            users[user] = (await session.CreateUserAsync(user)).Id();
            await SetHoldersAsync(session.Admin, positions[position], [users[user]]);
        }

        positions = (await session.Admin.GetJsonAsync<JsonElement[]>("/api/org/positions")).ToDictionary(p => p.GetProperty("name").GetString()!);
        return new ApprovalScenario { Session = session, Users = users, Positions = positions };
    }

    public static async Task SetHoldersAsync(ApiClient admin, JsonElement position, Guid[] holders)
    {
        var current = await admin.GetJsonAsync<JsonElement>($"/api/org/positions/{position.Id()}");
        await admin.PutAsync($"/api/org/positions/{position.Id()}", new
        {
            name = current.GetProperty("name").GetString(),
            duties = current.GetProperty("duties").GetString(),
            organizationUnitIds = current.GetProperty("organizationUnitIds").EnumerateArray().Select(e => e.GetGuid()).ToArray(),
            holderUserIds = holders,
            collaboratorPositionIds = current.GetProperty("collaboratorPositionIds").EnumerateArray().Select(e => e.GetGuid()).ToArray(),
            concurrencyStamp = current.GetProperty("concurrencyStamp").GetString(),
        }).ContinueWith(t => t.Result.EnsureSuccessStatusCode());
    }

    public Task<JsonElement> SimulateAsync(object request) =>
        Session.Admin.PostJsonAsync<JsonElement>("/api/approvals/policies/simulate", request);

    public static IReadOnlyList<Guid[]> Stages(JsonElement route) =>
        [.. route.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("approvers").EnumerateArray().Select(a => a.GetProperty("userId").GetGuid()).ToArray())];

}

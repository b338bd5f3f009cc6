using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>The approval scenario with signed-in clients per person; the researcher may submit requests.</summary>
internal sealed class ApprovalEngineScenario
{
    public const string Url = "/api/approvals/requests";

    public required ApprovalScenario Org { get; init; }

    public required Dictionary<string, ApiClient> Clients { get; init; }

    public TenantSession Session => Org.Session;

    public Guid User(string name) => Org.Users[name];

    public ApiClient this[string name] => Clients[name];

    public static async Task<ApprovalEngineScenario> CreateAsync(ApiFixture fixture)
    {
        var org = await ApprovalScenario.CreateAsync(fixture);
        (await org.Session.Admin.PutAsync($"/api/identity/permissions?providerName=U&providerKey={org.Users["researcher"]}", new { grantedPermissions = new[] { "Approvals.Requests" } }))
            .EnsureSuccessStatusCode();
        var clients = new Dictionary<string, ApiClient>();
        foreach (var user in org.Users.Keys)
        {
            clients[user] = await org.Session.SignInAsync(user, TestAccounts.UserPassword);
        }

        return new ApprovalEngineScenario { Org = org, Clients = clients };
    }

    public static object Request(string subjectId, decimal amount = 30_000m, string businessType = "Events.Event", string tier = "Tactical") => new
    {
        businessType,
        subjectModule = RecordingOutcomeHandler.Module,
        subjectId,
        title = "Spring fair " + subjectId,
        amount,
        currency = "CNY",
        riskTier = tier,
        isSpecial = false,
    };

    public async Task<JsonElement> SubmitAsync(object request)
    {
        var response = await this["researcher"].PostAsync(Url, request);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json)).GetProperty("request");
    }

    public Task<HttpResponseMessage> ActAsync(string user, Guid requestId, string action, string? comment = null, string? stamp = null) =>
        this[user].PostAsync($"{Url}/{requestId}/{action}", new { comment, concurrencyStamp = stamp });

    public Task<JsonElement> GetAsync(string user, Guid requestId) => this[user].GetJsonAsync<JsonElement>($"{Url}/{requestId}");

    public async Task<Guid[]> ListAsync(string user, string view) =>
        [.. (await this[user].GetJsonAsync<JsonElement>($"{Url}?view={view}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    /// <summary>A policy for <paramref name="businessType"/>: one stage in <paramref name="mode"/> of the named people.</summary>
    public async Task CreatePolicyAsync(string businessType, string mode, params string[] approvers)
    {
        var response = await Session.Admin.PostAsync("/api/approvals/policies", new
        {
            businessType,
            name = businessType + " policy",
            rules = new[]
            {
                new { name = "Everyone", currency = "CNY", stages = new[] { new { mode, approvers = approvers.Select(a => new { kind = "User", userId = (Guid?)User(a) }).ToArray() } } },
            },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public static string Status(JsonElement details) => details.GetProperty("request").GetProperty("status").GetString()!;

    public static Guid[][] Stages(JsonElement details) =>
        [.. details.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("approvers").EnumerateArray().Select(a => a.GetProperty("userId").GetGuid()).ToArray())];

    public static string[] Log(JsonElement details) =>
        [.. details.GetProperty("log").EnumerateArray().Select(d => d.GetProperty("type").GetString()!)];
}

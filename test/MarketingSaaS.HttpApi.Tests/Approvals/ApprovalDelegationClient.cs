using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using Shouldly;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

internal static class ApprovalDelegationClient
{
    public const string Url = "/api/approvals/delegations";

    public static Task<HttpResponseMessage> DelegateAsync(this ApprovalEngineScenario s, string delegator, string delegateUser, DateTimeOffset from, DateTimeOffset until) =>
        s[delegator].PostAsync(Url, new { delegateUserId = s.User(delegateUser), from, until, reason = "On leave" });

    public static async Task<JsonElement> DelegateOkAsync(this ApprovalEngineScenario s, string delegator, string delegateUser, DateTimeOffset from, DateTimeOffset until)
    {
        var response = await s.DelegateAsync(delegator, delegateUser, from, until);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsAsync<JsonElement>();
    }

    /// <summary>Now on the test clock, to the whole second (PostgreSQL keeps microseconds only).</summary>
    public static DateTimeOffset WholeSecond(DateTimeOffset now) => new(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    public static async Task<string> CodeAsync(this HttpResponseMessage response, HttpStatusCode expected) =>
        (await response.ReadProblemAsync(expected)).GetProperty("code").GetString()!;
}

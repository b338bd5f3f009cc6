using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;

namespace MarketingSaaS.Membership.Tests;

/// <summary>The Membership API as a client calls it.</summary>
internal static class MembershipRequests
{
    public const string MembersApi = "/api/membership/members";

    public static object Person(string name, string? phone = null, string? email = null, string[]? tags = null, Guid? ownerId = null) => new
    {
        kind = "Person",
        name,
        phone,
        email,
        address = "上海市浦东新区世纪大道100号",
        birthday = "1984-05-17",
        tags = tags ?? [],
        ownerId,
    };

    public static async Task<JsonElement> CreateMemberAsync(this ApiClient client, string name, string? phone = null, string? email = null, string[]? tags = null) =>
        await (await client.PostAsync(MembersApi, Person(name, phone, email, tags))).ReadJsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> RecordPurchaseAsync(this ApiClient client, Guid memberId, decimal amount, DateTimeOffset purchasedAt, string? category = null) =>
        await (await client.PostAsync($"{MembersApi}/{memberId}/purchases", new { purchasedAt, amount, category })).ReadJsonAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> RefundAsync(this ApiClient client, Guid memberId, Guid purchaseId, decimal amount) =>
        client.PostAsync($"{MembersApi}/{memberId}/purchases/{purchaseId}/refunds", new { amount, reason = "returned" });

    public static Task<HttpResponseMessage> RedeemAsync(this ApiClient client, Guid memberId, int points) =>
        client.PostAsync($"{MembersApi}/{memberId}/points/redemptions", new { points, note = "gift" });

    public static Task<JsonElement> StatementAsync(this ApiClient client, Guid memberId) =>
        client.GetJsonAsync<JsonElement>($"{MembersApi}/{memberId}/points");

    public static async Task<int> BalanceAsync(this ApiClient client, Guid memberId) =>
        (await client.StatementAsync(memberId)).GetProperty("balance").GetInt32();

    public static async Task<ApiClient> StaffAsync(this TenantSession session, string userName = "clerk")
    {
        (await session.Admin.PostAsync("/api/identity/users", new
        {
            userName,
            name = "Staff " + userName,
            email = $"{userName}@{session.Slug}.test",
            password = TestAccounts.UserPassword,
            roleNames = new[] { "staff" },
            isActive = true,
        })).EnsureSuccessStatusCode();
        return await session.SignInAsync(userName, TestAccounts.UserPassword);
    }

    public static Task<HttpResponseMessage> PutSettingAsync(this ApiClient admin, string name, string? value) =>
        admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { [name] = value } });

    public static async Task ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code) =>
        (await response.ReadProblemAsync(status)).GetProperty("code").GetString().ShouldBe(code);

    public static string[] Fields(JsonElement problem) => [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];

    public static string[] Names(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];

    public static ApiClient InLanguage(this ApiClient client, string language)
    {
        client.Http.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }
}

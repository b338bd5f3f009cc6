using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.Events.Tests.MarketingEvents;

/// <summary>
/// A company with Events on, the default org chart and approval policies, one person in each approving post
/// (director = 市场部负责人, vp = 分管副总, gm = 总经理) and a fiscal-2026 budget for the marketing department
/// (the test clock's year). The admin plans and submits events owned by the marketing department.
/// </summary>
internal sealed class EventApprovalScenario
{
    public required TenantSession Session { get; init; }

    public required Dictionary<string, Guid> Users { get; init; }

    public required Dictionary<string, ApiClient> Clients { get; init; }

    public required Guid MarketingUnitId { get; init; }

    public required Guid BudgetId { get; init; }

    public ApiClient Admin => Session.Admin;

    /// <param name="withFinance">Also a finance reviewer (user "finance", post 财务审核岗), whom the default Expense policy asks.</param>
    public static async Task<EventApprovalScenario> CreateAsync(ApiFixture fixture, decimal plannedPerCategory = 1_000_000m, bool withFinance = false)
    {
        var session = await fixture.SignUpWithEventsAsync();
        await session.Admin.PostJsonAsync<JsonElement>("/api/org/units/import-default", new { template = "standard" });
        await session.Admin.PostJsonAsync<JsonElement>("/api/approvals/policies/import-default", null);
        var positions = await PositionsAsync(session.Admin);
        var users = new Dictionary<string, Guid>();
        var clients = new Dictionary<string, ApiClient>();
        (string User, string Position)[] holders = [("director", "市场部负责人"), ("vp", "分管副总"), ("gm", "总经理"), .. withFinance ? [("finance", "财务审核岗")] : Array.Empty<(string, string)>()];
        foreach (var (user, position) in holders)
        {
            users[user] = (await session.Admin.PostJsonAsync<JsonElement>("/api/identity/users", new
            {
                userName = user,
                name = "Name of " + user,
                email = $"{user}@{session.Slug}.test",
                password = TestAccounts.UserPassword,
                roleNames = Array.Empty<string>(),
                isActive = true,
            })).Id();
            await SetHolderAsync(session.Admin, positions[position], users[user]);
            clients[user] = await session.SignInAsync(user, TestAccounts.UserPassword);
        }

        var unitId = positions["市场部负责人"].GetProperty("organizationUnitIds")[0].GetGuid();
        var budget = await session.Admin.PostJsonAsync<JsonElement>("/api/budgets", new
        {
            fiscalYear = 2026,
            organizationUnitId = unitId,
            name = "Marketing 2026",
            lines = new[] { "PromotionEvents", "Advertising" }.Select(category => new { category, periodKind = "Year", plannedAmount = plannedPerCategory }).ToArray(),
        });
        return new EventApprovalScenario { Session = session, Users = users, Clients = clients, MarketingUnitId = unitId, BudgetId = budget.Id() };
    }

    public async Task<JsonElement> CreateEventAsync(decimal budget, string riskTier = "Tactical", bool isSpecial = false, string type = "OfflineSalon", DateTimeOffset? start = null) =>
        await Admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(MarketingUnitId, budget: budget, riskTier: riskTier, isSpecial: isSpecial, type: type, start: start));

    public async Task<JsonElement> SubmitAsync(Guid eventId) => await Admin.PostJsonAsync<JsonElement>($"/api/events/{eventId}/submit", new { });

    public Task<JsonElement> GetEventAsync(Guid eventId) => Admin.GetJsonAsync<JsonElement>($"/api/events/{eventId}");

    public Task<JsonElement> GetRequestAsync(Guid requestId) => Admin.GetJsonAsync<JsonElement>($"/api/approvals/requests/{requestId}");

    /// <summary>The user names of each stage's approvers.</summary>
    public async Task<string[][]> RouteAsync(Guid requestId)
    {
        var names = Users.ToDictionary(u => u.Value, u => u.Key);
        var details = await GetRequestAsync(requestId);
        return [.. details.GetProperty("stages").EnumerateArray()
            .Select(s => s.GetProperty("approvers").EnumerateArray().Select(a => names[a.GetProperty("userId").GetGuid()]).ToArray())];
    }

    public Task<HttpResponseMessage> DecideAsync(string user, Guid requestId, string action, string? comment = null) =>
        Clients[user].PostAsync($"/api/approvals/requests/{requestId}/{action}", new { comment });

    /// <summary>Every approver of every stage approves, in order.</summary>
    public async Task ApproveAllAsync(Guid requestId)
    {
        foreach (var stage in await RouteAsync(requestId))
        {
            foreach (var user in stage)
            {
                (await DecideAsync(user, requestId, "approve")).EnsureSuccessStatusCode();
            }
        }
    }

    public async Task<decimal> CommittedAsync(string category = "PromotionEvents")
    {
        var figures = await Admin.GetJsonAsync<JsonElement>($"/api/budgets/{BudgetId}/figures");
        return figures.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == category)
            .GetProperty("total").GetProperty("committed").GetDecimal();
    }

    private static async Task<Dictionary<string, JsonElement>> PositionsAsync(ApiClient admin) =>
        (await admin.GetJsonAsync<JsonElement[]>("/api/org/positions")).ToDictionary(p => p.GetProperty("name").GetString()!);

    private static async Task SetHolderAsync(ApiClient admin, JsonElement position, Guid userId)
    {
        var current = await admin.GetJsonAsync<JsonElement>($"/api/org/positions/{position.Id()}");
        (await admin.PutAsync($"/api/org/positions/{position.Id()}", new
        {
            name = current.GetProperty("name").GetString(),
            duties = current.GetProperty("duties").GetString(),
            organizationUnitIds = current.GetProperty("organizationUnitIds").EnumerateArray().Select(e => e.GetGuid()).ToArray(),
            holderUserIds = new[] { userId },
            collaboratorPositionIds = current.GetProperty("collaboratorPositionIds").EnumerateArray().Select(e => e.GetGuid()).ToArray(),
            concurrencyStamp = current.GetProperty("concurrencyStamp").GetString(),
        })).EnsureSuccessStatusCode();
    }
}

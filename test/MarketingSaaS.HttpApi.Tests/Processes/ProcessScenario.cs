using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Processes;

/// <summary>
/// A company whose admin holds "Planner" and whose staff member holds "Designer", with a published template:
/// A (2 days, Planner, required report) → B (3 days, Designer) and C (1 day, nobody) in parallel → D (2 days, Planner).
/// </summary>
internal sealed class ProcessScenario
{
    public required TenantSession Session { get; init; }

    public required ApiClient Staff { get; init; }

    public required Guid AdminId { get; init; }

    public required Guid StaffId { get; init; }

    public required JsonElement Template { get; init; }

    public Guid TemplateId => Template.GetProperty("id").GetGuid();

    public static async Task<ProcessScenario> CreateAsync(ApiFixture fixture)
    {
        var session = await fixture.SignUpAsync();
        var staffId = (await Identity.IdentityTestExtensions.CreateUserAsync(session, "designer1", "staff")).GetProperty("id").GetGuid();
        var staff = await session.SignInAsync("designer1", TestAccounts.UserPassword);
        var adminId = await session.Admin.MyUserIdAsync();
        var planner = await session.Admin.CreatePositionAsync("Planner", holderUserIds: [adminId]);
        var designer = await session.Admin.CreatePositionAsync("Designer", holderUserIds: [staffId]);
        var template = await session.Admin.CreatePublishedAsync(
            "FLOW-1",
            Step("A", 2, group: 1, positions: [planner.Id()], deliverables: [Deliverable("Report"), Deliverable("Photos", required: false)]),
            Step("B", 3, group: 2, positions: [designer.Id()]),
            Step("C", 1, group: 2),
            Step("D", 2, group: 3, positions: [planner.Id()]));
        return new ProcessScenario { Session = session, Staff = staff, AdminId = adminId, StaffId = staffId, Template = template };
    }
}

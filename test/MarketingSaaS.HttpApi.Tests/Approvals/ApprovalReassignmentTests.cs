using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>A position's new holder takes over the undecided slots its former holder had in pending requests.</summary>
public abstract class ApprovalReassignmentTests(ApiFixture fixture)
{
    private const string DirectorPost = "市场部负责人";
    private const string VpPost = "分管副总";

    [Fact]
    public async Task The_new_holder_takes_over_the_waiting_and_the_later_slots_and_the_log_records_who_moved_them()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 60_000m))).Id();
        var staleStamp = (await s.GetAsync("researcher", id)).GetProperty("request").GetProperty("concurrencyStamp").GetString();
        await AddUserAsync(s, "director2");
        await AddUserAsync(s, "vp2");
        var adminId = (await s.Session.Admin.GetJsonAsync<JsonElement>("/api/account/me")).Id();

        await SetHoldersAsync(s, DirectorPost, "director2");
        await SetHoldersAsync(s, VpPost, "vp2");

        var moved = await s.GetAsync("researcher", id);
        ApprovalEngineScenario.Stages(moved).ShouldBe([[s.User("director2")], [s.User("vp2")]]);
        ApprovalEngineScenario.Log(moved).ShouldBe(["Submitted", "Reassigned", "Reassigned"]);
        var line = moved.GetProperty("log")[1];
        line.GetProperty("userId").GetGuid().ShouldBe(adminId);
        line.GetProperty("stageIndex").GetInt32().ShouldBe(0);
        line.GetProperty("reassignedFromUserId").GetGuid().ShouldBe(s.User("director"));
        line.GetProperty("reassignedFromUserName").GetString().ShouldBe("Name of director");
        line.GetProperty("reassignedToUserId").GetGuid().ShouldBe(s.User("director2"));
        moved.GetProperty("log")[2].GetProperty("stageIndex").GetInt32().ShouldBe(1);
        (await s.ListAsync("director", "waiting-for-me")).ShouldBeEmpty();
        (await s.ListAsync("director2", "waiting-for-me")).ShouldBe([id]);

        var former = await s.ActAsync("director", id, "approve");
        (await former.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:NotAnApprover");
        (await s.ActAsync("director2", id, "approve", stamp: staleStamp)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await s.ActAsync("director2", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.ActAsync("vp2", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        ApprovalEngineScenario.Status(await s.GetAsync("researcher", id)).ShouldBe("Approved");
    }

    [Fact]
    public async Task A_decided_slot_keeps_its_decider_and_a_finished_request_is_not_touched()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var pending = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 60_000m))).Id();
        var finished = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 1_000m))).Id();
        (await s.ActAsync("director", pending, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.ActAsync("director", finished, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await AddUserAsync(s, "director2");

        await SetHoldersAsync(s, DirectorPost, "director2");

        var stillPending = await s.GetAsync("researcher", pending);
        ApprovalEngineScenario.Stages(stillPending).ShouldBe([[s.User("director")], [s.User("vp")]]);
        ApprovalEngineScenario.Log(stillPending).ShouldBe(["Submitted", "Approved"]);
        ApprovalEngineScenario.Log(await s.GetAsync("researcher", finished)).ShouldBe(["Submitted", "Approved"]);
    }

    [Fact]
    public async Task A_vacated_post_keeps_its_slot_with_the_former_holder_until_a_new_holder_is_named()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject()))).Id();
        await AddUserAsync(s, "director2");

        await SetHoldersAsync(s, DirectorPost);

        var vacant = await s.GetAsync("researcher", id);
        ApprovalEngineScenario.Stages(vacant).ShouldBe([[s.User("director")]]);
        ApprovalEngineScenario.Log(vacant).ShouldBe(["Submitted"]);

        await SetHoldersAsync(s, DirectorPost, "director2");

        var filled = await s.GetAsync("researcher", id);
        ApprovalEngineScenario.Stages(filled).ShouldBe([[s.User("director2")]]);
        filled.GetProperty("log")[1].GetProperty("reassignedFromUserId").GetGuid().ShouldBe(s.User("director"));
        (await s.ActAsync("director2", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_requester_never_takes_over_a_slot_of_their_own_request()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject()))).Id();

        await SetHoldersAsync(s, DirectorPost, "researcher");

        var details = await s.GetAsync("researcher", id);
        ApprovalEngineScenario.Stages(details).ShouldBe([[s.User("director")]]);
        ApprovalEngineScenario.Log(details).ShouldBe(["Submitted"]);
    }

    private static async Task AddUserAsync(ApprovalEngineScenario s, string name)
    {
        s.Org.Users[name] = (await s.Session.CreateUserAsync(name)).Id();
        s.Clients[name] = await s.Session.SignInAsync(name, TestAccounts.UserPassword);
    }

    private static Task SetHoldersAsync(ApprovalEngineScenario s, string post, params string[] holders) =>
        ApprovalScenario.SetHoldersAsync(s.Session.Admin, s.Org.Positions[post], [.. holders.Select(s.User)]);

    private static string NewSubject() => Guid.NewGuid().ToString("N");
}

public sealed class ApprovalReassignmentTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalReassignmentTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalReassignmentTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalReassignmentTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;

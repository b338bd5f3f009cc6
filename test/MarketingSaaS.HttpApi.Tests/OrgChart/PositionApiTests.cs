using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.OrgChart;

public abstract class PositionApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_position_has_units_holders_and_collaborators_and_may_be_vacant()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        var me = await admin.MyUserIdAsync();
        var marketing = await admin.CreateUnitAsync("市场部");
        var planner = await admin.CreatePositionAsync("策略规划岗", [marketing.Id()]);

        var researcher = await admin.PostJsonAsync<JsonElement>("/api/org/positions", new
        {
            name = "市场调研岗",
            duties = "用户、竞品与行业调研",
            organizationUnitIds = new[] { marketing.Id() },
            holderUserIds = new[] { me },
            collaboratorPositionIds = new[] { planner.Id() },
        });

        researcher.GetProperty("isVacant").GetBoolean().ShouldBeFalse();
        researcher.GetProperty("holders")[0].GetProperty("userId").GetGuid().ShouldBe(me);
        researcher.GetProperty("holders")[0].GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
        researcher.GetProperty("collaboratorPositionIds")[0].GetGuid().ShouldBe(planner.Id());
        planner.GetProperty("isVacant").GetBoolean().ShouldBeTrue();
        var mine = await admin.GetJsonAsync<JsonElement[]>($"/api/org/positions?holderUserId={me}");
        mine.Select(p => p.Id()).ShouldBe([researcher.Id()]);
    }

    [Fact]
    public async Task A_user_may_hold_several_positions_and_holders_can_be_replaced()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        var me = await admin.MyUserIdAsync();
        var first = await admin.CreatePositionAsync("市场部负责人", holderUserIds: [me]);
        var second = await admin.CreatePositionAsync("数据评估岗", holderUserIds: [me]);

        var updated = await admin.PutAsync($"/api/org/positions/{second.Id()}", new
        {
            name = "数据评估岗",
            holderUserIds = Array.Empty<Guid>(),
            concurrencyStamp = second.GetProperty("concurrencyStamp").GetString(),
        });

        (await updated.ReadAsAsync<JsonElement>()).GetProperty("isVacant").GetBoolean().ShouldBeTrue();
        (await admin.GetJsonAsync<JsonElement[]>($"/api/org/positions?holderUserId={me}")).Select(p => p.Id()).ShouldBe([first.Id()]);
    }

    [Fact]
    public async Task Unknown_links_duplicate_names_and_stale_stamps_are_refused()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        var position = await admin.CreatePositionAsync("活动执行岗");

        var unknownUser = await admin.PostAsync("/api/org/positions", new { name = "A", holderUserIds = new[] { Guid.NewGuid() } });
        (await unknownUser.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownUser");
        var unknownUnit = await admin.PostAsync("/api/org/positions", new { name = "B", organizationUnitIds = new[] { Guid.NewGuid() } });
        (await unknownUnit.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownOrganizationUnit");
        var duplicate = await admin.PostAsync("/api/org/positions", new { name = "活动执行岗" });
        (await duplicate.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:PositionNameTaken");
        var stamp = position.GetProperty("concurrencyStamp").GetString();
        (await admin.PutAsync($"/api/org/positions/{position.Id()}", new { name = "活动执行岗 1", concurrencyStamp = stamp })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await admin.PutAsync($"/api/org/positions/{position.Id()}", new { name = "活动执行岗 2", concurrencyStamp = stamp });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Staff_can_read_the_org_chart_but_not_change_it()
    {
        var session = await fixture.SignUpAsync();
        var anonymous = fixture.Anonymous();

        (await anonymous.GetAsync("/api/org/positions")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await session.Admin.GetAsync("/api/org/positions")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class PositionApiTestsOnSqlite(SqliteApiFixture fixture) : PositionApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PositionApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : PositionApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

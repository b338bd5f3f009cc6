using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.OrgChart;

/// <summary>
/// OrganizationUnit, Position and its PositionUnit, PositionHolder and PositionCollaborator rows are
/// tenant-owned: another company can neither see nor touch nor link them.
/// </summary>
public abstract class OrgChartIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_company_cannot_list_get_update_move_or_delete_units()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var unit = await a.Admin.CreateUnitAsync("A's marketing");
        var bUnit = await b.Admin.CreateUnitAsync("B's marketing");

        (await b.Admin.GetJsonAsync<JsonElement[]>("/api/org/units")).Select(u => u.Id()).ShouldBe([bUnit.Id()]);
        (await b.Admin.GetAsync($"/api/org/units/{unit.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync($"/api/org/units/{unit.Id()}", new { displayName = "x", kind = "Department", concurrencyStamp = unit.GetProperty("concurrencyStamp").GetString() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"/api/org/units/{unit.Id()}/move", new { newParentId = (Guid?)null })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"/api/org/units/{bUnit.Id()}/move", new { newParentId = unit.Id() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.DeleteAsync($"/api/org/units/{unit.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Admin.GetAsync($"/api/org/units/{unit.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK, "A's unit is untouched");
    }

    [Fact]
    public async Task Another_company_cannot_see_touch_or_link_positions_units_and_users()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aUser = await a.Admin.MyUserIdAsync();
        var aUnit = await a.Admin.CreateUnitAsync("A's unit");
        var aPosition = await a.Admin.CreatePositionAsync("A's position", [aUnit.Id()], [aUser]);

        (await b.Admin.GetJsonAsync<JsonElement[]>("/api/org/positions")).ShouldBeEmpty();
        (await b.Admin.GetJsonAsync<JsonElement[]>($"/api/org/positions?holderUserId={aUser}")).ShouldBeEmpty();
        (await b.Admin.GetAsync($"/api/org/positions/{aPosition.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync($"/api/org/positions/{aPosition.Id()}", new { name = "stolen", concurrencyStamp = aPosition.GetProperty("concurrencyStamp").GetString() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.DeleteAsync($"/api/org/positions/{aPosition.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var withAUser = await b.Admin.PostAsync("/api/org/positions", new { name = "B1", holderUserIds = new[] { aUser } });
        (await withAUser.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownUser");
        var withAUnit = await b.Admin.PostAsync("/api/org/positions", new { name = "B2", organizationUnitIds = new[] { aUnit.Id() } });
        (await withAUnit.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownOrganizationUnit");
        var withAPosition = await b.Admin.PostAsync("/api/org/positions", new { name = "B3", collaboratorPositionIds = new[] { aPosition.Id() } });
        (await withAPosition.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownPosition");

        var stillThere = await a.Admin.GetJsonAsync<JsonElement>($"/api/org/positions/{aPosition.Id()}");
        stillThere.GetProperty("name").GetString().ShouldBe("A's position");
        stillThere.GetProperty("holders").GetArrayLength().ShouldBe(1);
    }
}

public sealed class OrgChartIsolationTestsOnSqlite(SqliteApiFixture fixture) : OrgChartIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class OrgChartIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : OrgChartIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;

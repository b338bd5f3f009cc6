using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.OrgChart;

public abstract class OrganizationUnitApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Units_form_a_tree_with_hierarchical_codes()
    {
        var admin = (await fixture.SignUpAsync()).Admin;

        var marketing = await admin.CreateUnitAsync("市场部");
        var research = await admin.CreateUnitAsync("市场调研小组", marketing.Id(), "Group");
        var brand = await admin.CreateUnitAsync("品牌推广小组", marketing.Id(), "Group");
        var sales = await admin.CreateUnitAsync("销售部");

        marketing.GetProperty("code").GetString().ShouldBe("00001");
        research.GetProperty("code").GetString().ShouldBe("00001.00001");
        brand.GetProperty("code").GetString().ShouldBe("00001.00002");
        sales.GetProperty("code").GetString().ShouldBe("00002");
        research.GetProperty("kind").GetString().ShouldBe("Group");
        var tree = await admin.GetJsonAsync<JsonElement[]>("/api/org/units");
        tree.Select(u => u.GetProperty("displayName").GetString()).ShouldBe(["市场部", "市场调研小组", "品牌推广小组", "销售部"]);
    }

    [Fact]
    public async Task Moving_a_unit_moves_its_subtree_and_never_under_itself()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        var marketing = await admin.CreateUnitAsync("Marketing");
        var research = await admin.CreateUnitAsync("Research", marketing.Id());
        var survey = await admin.CreateUnitAsync("Surveys", research.Id());
        var sales = await admin.CreateUnitAsync("Sales");

        var moved = await admin.PostJsonAsync<JsonElement>($"/api/org/units/{research.Id()}/move", new { newParentId = sales.Id() });

        moved.GetProperty("code").GetString().ShouldBe("00002.00001");
        (await admin.GetJsonAsync<JsonElement>($"/api/org/units/{survey.Id()}")).GetProperty("code").GetString().ShouldBe("00002.00001.00001");
        var intoItself = await admin.PostAsync($"/api/org/units/{sales.Id()}/move", new { newParentId = survey.Id() });
        (await intoItself.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:OrganizationUnitMoveIntoItself");
    }

    [Fact]
    public async Task Sibling_names_are_unique_and_codes_are_not_reused_after_delete()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        var marketing = await admin.CreateUnitAsync("Marketing");
        var events = await admin.CreateUnitAsync("Events", marketing.Id());

        var duplicate = await admin.PostAsync("/api/org/units", new { displayName = "Events", parentId = marketing.Id() });
        (await duplicate.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:OrganizationUnitNameTaken");

        (await admin.DeleteAsync($"/api/org/units/{events.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.DeleteAsync($"/api/org/units/{marketing.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/org/units/{events.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var again = await admin.CreateUnitAsync("Marketing");
        again.GetProperty("code").GetString().ShouldBe("00002");
    }

    [Fact]
    public async Task A_unit_with_sub_units_or_positions_is_not_deleted()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        var marketing = await admin.CreateUnitAsync("Marketing");
        await admin.CreateUnitAsync("Events", marketing.Id());
        var sales = await admin.CreateUnitAsync("Sales");
        await admin.CreatePositionAsync("Sales lead", [sales.Id()], []);

        var withSubUnit = await (await admin.DeleteAsync($"/api/org/units/{marketing.Id()}")).ReadProblemAsync((HttpStatusCode)422);
        var withPosition = await (await admin.DeleteAsync($"/api/org/units/{sales.Id()}")).ReadProblemAsync((HttpStatusCode)422);

        withSubUnit.GetProperty("code").GetString().ShouldBe("MarketingSaaS:OrganizationUnitNotEmpty");
        withSubUnit.GetProperty("data").GetProperty("subUnits").GetInt32().ShouldBe(1);
        withPosition.GetProperty("data").GetProperty("positions").GetInt32().ShouldBe(1);
        (await admin.GetJsonAsync<JsonElement[]>("/api/org/units")).Length.ShouldBe(3);
    }

    [Fact]
    public async Task Update_with_a_stale_stamp_is_a_conflict_and_bad_input_is_400()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        var unit = await admin.CreateUnitAsync("Marketing");
        var stamp = unit.GetProperty("concurrencyStamp").GetString();

        var first = await admin.PutAsync($"/api/org/units/{unit.Id()}", new { displayName = "市场部", kind = "Department", concurrencyStamp = stamp });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await admin.PutAsync($"/api/org/units/{unit.Id()}", new { displayName = "Marketing 2", kind = "Department", concurrencyStamp = stamp });
        (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Framework:ConcurrencyConflict");

        var tooLong = await admin.PostAsync("/api/org/units", new { displayName = new string('x', 200) });
        (await tooLong.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("displayName", out _).ShouldBeTrue();
        var missingParent = await admin.PostAsync("/api/org/units", new { displayName = "Orphan", parentId = Guid.NewGuid() });
        missingParent.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_default_org_chart_imports_once_with_heads_and_positions()
    {
        var admin = (await fixture.SignUpAsync()).Admin;

        var result = await admin.PostJsonAsync<JsonElement>("/api/org/units/import-default", new { template = "standard" });

        result.GetProperty("units").GetInt32().ShouldBe(5);
        result.GetProperty("positions").GetInt32().ShouldBe(14);
        var units = await admin.GetJsonAsync<JsonElement[]>("/api/org/units");
        var marketing = units.Single(u => u.GetProperty("displayName").GetString() == "市场部");
        var positions = await admin.GetJsonAsync<JsonElement[]>($"/api/org/positions?organizationUnitId={marketing.Id()}");
        positions.Select(p => p.GetProperty("name").GetString()).ShouldContain("市场调研岗");
        positions.Length.ShouldBe(9);
        var head = positions.Single(p => p.Id() == marketing.GetProperty("headPositionId").GetGuid());
        head.GetProperty("name").GetString().ShouldBe("市场部负责人");
        head.GetProperty("isVacant").GetBoolean().ShouldBeTrue();
        var analyst = positions.Single(p => p.GetProperty("name").GetString() == "数据评估岗");
        analyst.GetProperty("collaboratorPositionIds").GetArrayLength().ShouldBe(7);

        var again = await admin.PostAsync("/api/org/units/import-default", new { template = "small" });
        (await again.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:OrgChartNotEmpty");
    }

    [Fact]
    public async Task The_small_org_chart_has_a_manager_and_four_groups()
    {
        var admin = (await fixture.SignUpAsync()).Admin;

        await admin.PostJsonAsync<JsonElement>("/api/org/units/import-default", new { template = "small" });

        var units = await admin.GetJsonAsync<JsonElement[]>("/api/org/units");
        units.Count(u => u.GetProperty("kind").GetString() == "Group").ShouldBe(4);
        units.ShouldContain(u => u.GetProperty("displayName").GetString() == "客户关系管理小组");
    }
}

public sealed class OrganizationUnitApiTestsOnSqlite(SqliteApiFixture fixture) : OrganizationUnitApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class OrganizationUnitApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : OrganizationUnitApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

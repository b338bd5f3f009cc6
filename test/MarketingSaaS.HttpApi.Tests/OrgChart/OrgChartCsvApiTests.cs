using System.Net;
using System.Text;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.OrgChart;

public abstract class OrgChartCsvApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_exported_org_chart_imports_into_another_company_with_heads_and_holders()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        await a.Admin.PostJsonAsync<JsonElement>("/api/org/units/import-default", new { template = "standard" });
        var head = (await a.Admin.GetJsonAsync<JsonElement[]>("/api/org/positions")).Single(p => p.GetProperty("name").GetString() == "市场部负责人");
        await Approvals.ApprovalScenario.SetHoldersAsync(a.Admin, head, [await a.Admin.MyUserIdAsync()]);

        var export = await a.Admin.GetAsync("/api/org/export");
        export.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("org-chart.csv");
        var csv = await export.Content.ReadAsStringAsync();
        csv.ShouldContain("unit,总经理办公室,市场部,Department");
        csv.ShouldContain("position,总经理办公室 > 市场部,市场部负责人,,true,");

        var result = await ImportAsync(b.Admin, csv);

        var imported = await result.ReadAsAsync<JsonElement>();
        imported.GetProperty("unitsCreated").GetInt32().ShouldBe(5);
        imported.GetProperty("positionsCreated").GetInt32().ShouldBe(14);
        var bUnits = await b.Admin.GetJsonAsync<JsonElement[]>("/api/org/units");
        var bMarketing = bUnits.Single(u => u.GetProperty("displayName").GetString() == "市场部");
        var bHead = (await b.Admin.GetJsonAsync<JsonElement[]>("/api/org/positions")).Single(p => p.GetProperty("name").GetString() == "市场部负责人");
        bMarketing.GetProperty("headPositionId").GetGuid().ShouldBe(bHead.Id());
        bHead.GetProperty("holders")[0].GetProperty("userId").GetGuid().ShouldBe(await b.Admin.MyUserIdAsync(), "holders are matched by user name in the importing company");
    }

    [Fact]
    public async Task An_invalid_file_reports_every_bad_row_and_imports_nothing()
    {
        var session = await fixture.SignUpAsync();
        const string csv = """
            type,unit_path,name,kind,is_head,duties,holders
            unit,,市场部,Department,,,
            team,,Somewhere,,,,
            position,市场部 > 调研组,调研岗,,false,,
            position,市场部,品牌岗,,maybe,,nobody
            unit,市场部,活动组,Squad,,,
            """;

        var response = await ImportAsync(session.Admin, csv);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        errors.ShouldBe(["row 3: type", "row 4: unit_path", "row 5: is_head", "row 5: holders", "row 6: kind"], ignoreOrder: true);
        problem.GetProperty("errors").GetProperty("row 5: holders")[0].GetString()!.ShouldContain("nobody");
        (await session.Admin.GetJsonAsync<JsonElement[]>("/api/org/units")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Importing_again_updates_positions_and_adds_only_missing_units()
    {
        var session = await fixture.SignUpAsync();
        await ImportAsync(session.Admin, "type,unit_path,name,kind,is_head,duties,holders\nunit,,市场部,,,,\nposition,市场部,市场专员,,false,old duties,\n");

        var second = await ImportAsync(session.Admin, "type,unit_path,name,kind,is_head,duties,holders\nunit,,市场部,,,,\nunit,市场部,活动组,Group,,,\nposition,市场部 > 活动组,市场专员,,false,new duties,admin\n");

        var result = await second.ReadAsAsync<JsonElement>();
        result.GetProperty("unitsCreated").GetInt32().ShouldBe(1);
        result.GetProperty("positionsUpdated").GetInt32().ShouldBe(1);
        var specialist = (await session.Admin.GetJsonAsync<JsonElement[]>("/api/org/positions")).Single();
        specialist.GetProperty("duties").GetString().ShouldBe("new duties");
        specialist.GetProperty("holders").GetArrayLength().ShouldBe(1);
        (await session.Admin.GetJsonAsync<JsonElement[]>("/api/org/units")).Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_unit_named_like_a_formula_is_exported_as_text_and_imports_back_unchanged()
    {
        const string formula = "=HYPERLINK(\"http://evil.example\",\"Open\")";
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        (await a.Admin.PostAsync("/api/org/units", new { displayName = formula })).EnsureSuccessStatusCode();

        var csv = await a.Admin.Http.GetStringAsync("/api/org/export");
        csv.ShouldContain("unit,,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\",");

        (await ImportAsync(b.Admin, csv)).EnsureSuccessStatusCode();
        (await b.Admin.GetJsonAsync<JsonElement[]>("/api/org/units")).Single().GetProperty("displayName").GetString().ShouldBe(formula);
    }

    [Fact]
    public async Task A_file_that_is_not_csv_or_empty_is_a_clear_400()
    {
        var session = await fixture.SignUpAsync();

        (await (await ImportAsync(session.Admin, "")).ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
        (await ImportAsync(session.Admin, "type,unit_path,name\n\"broken,,\n")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static Task<HttpResponseMessage> ImportAsync(ApiClient client, string csv) =>
        client.Http.PostAsync("/api/org/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
}

public sealed class OrgChartCsvApiTestsOnSqlite(SqliteApiFixture fixture) : OrgChartCsvApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class OrgChartCsvApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : OrgChartCsvApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

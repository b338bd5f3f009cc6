using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.HttpApi.Tests.Processes;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Search;

/// <summary>The platform's search providers (people, org units, positions, process instances): case-insensitive, per company, per permission.</summary>
public abstract class PlatformSearchTests(ApiFixture fixture)
{
    private const string People = "Identity.User";

    [Fact]
    public async Task People_are_found_by_latin_text_in_any_case_and_by_chinese_text_with_their_kind_name_and_page()
    {
        var session = await fixture.SignUpAsync();
        await session.CreatePersonAsync("lina", "Li Na");
        await session.CreatePersonAsync("zhangwei", "张伟");
        await session.CreatePersonAsync("xiaoli", "李娜");

        (await session.Admin.SearchTitlesAsync("li", People)).ShouldContain("Li Na");
        (await session.Admin.SearchTitlesAsync("LI NA", People)).ShouldBe(["Li Na"]);
        (await session.Admin.SearchTitlesAsync("李", People)).ShouldBe(["李娜"]);
        var result = (await session.Admin.GetJsonAsync<JsonElement[]>("/api/search?q=zhangwei%40")).Single();
        result.GetProperty("title").GetString().ShouldBe("张伟");
        result.GetProperty("kindName").GetString().ShouldBe("人员"); // the company's default language
        result.GetProperty("url").GetString().ShouldBe("/identity/users?q=zhangwei");
    }

    [Fact]
    public async Task Another_companys_people_units_positions_and_processes_never_appear()
    {
        var mine = await fixture.SignUpAsync();
        var other = await fixture.SignUpAsync();
        await other.CreatePersonAsync("harbourman", "Harbour Man");
        await other.Admin.CreateUnitAsync("Harbour Sales");
        await other.Admin.CreatePositionAsync("Harbour planner");
        var template = await other.Admin.CreatePublishedAsync("HARBOUR-1", ProcessClient.Step("A", 1, group: 1));
        await other.Admin.StartAsync(template.Id(), new DateOnly(2026, 12, 7), "Harbour research");

        (await mine.Admin.GetJsonAsync<JsonElement[]>("/api/search?q=harbour")).ShouldBeEmpty();
        (await other.Admin.GetJsonAsync<JsonElement[]>("/api/search?q=harbour")).Select(r => r.GetProperty("kind").GetString())
            .ShouldBe(["Identity.User", "OrgChart.Unit", "OrgChart.Position", "Processes.Instance"]);
    }

    [Fact]
    public async Task A_user_without_permissions_finds_nothing_and_staff_find_units_positions_and_processes_but_not_people()
    {
        var session = await fixture.SignUpAsync();
        await session.CreatePersonAsync("harbourman", "Harbour Man");
        var unit = await session.Admin.CreateUnitAsync("Harbour Sales");
        var position = await session.Admin.CreatePositionAsync("Harbour planner");
        var template = await session.Admin.CreatePublishedAsync("HARBOUR-1", ProcessClient.Step("A", 1, group: 1));
        var instance = await session.Admin.StartAsync(template.Id(), new DateOnly(2026, 12, 7), "Harbour research");
        await session.CreatePersonAsync("clerk", "Clerk");
        await session.CreatePersonAsync("staffer", "Staffer", "staff");
        var clerk = await session.SignInAsync("clerk", TestAccounts.UserPassword);
        var staffer = await session.SignInAsync("staffer", TestAccounts.UserPassword);

        (await clerk.GetJsonAsync<JsonElement[]>("/api/search?q=harbour")).ShouldBeEmpty();
        var found = await staffer.GetJsonAsync<JsonElement[]>("/api/search?q=HARBOUR");
        found.Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("url").GetString())).ShouldBe([
            ("OrgChart.Unit", $"/org?unit={unit.Id()}"),
            ("OrgChart.Position", $"/org?position={position.Id()}"),
            ("Processes.Instance", $"/processes/instances/{instance.Id()}"),
        ]);
    }
}

public sealed class PlatformSearchTestsOnSqlite(SqliteApiFixture fixture) : PlatformSearchTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PlatformSearchTestsOnPostgreSql(PostgreSqlApiFixture fixture) : PlatformSearchTests(fixture), IClassFixture<PostgreSqlApiFixture>;

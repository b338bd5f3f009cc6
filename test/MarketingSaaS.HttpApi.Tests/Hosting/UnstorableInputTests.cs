using System.Net;
using System.Text;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Budgets;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Hosting;

/// <summary>
/// Input a database cannot store, or code cannot compute with, is refused with a field error before it gets there
/// (PostgreSQL failed on NUL and on date-times with an offset; far-off dates overflowed the working calendar).
/// </summary>
public abstract class UnstorableInputTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("/api/org/positions", """{"name":"A\u0000B","organizationUnitIds":[],"holderUserIds":[]}""", "name")]
    [InlineData("/api/org/units", """{"displayName":"Sales\u0007","kind":"Department"}""", "displayName")]
    [InlineData("/api/approvals/policies", """{"businessType":"Events.Event","name":"A","rules":[{"name":"r\u001b","currency":"CNY","stages":[]}]}""", "rules[0].name")]
    [InlineData("/api/settings", """{"values":{"x":"a\u0000"}}""", "values.x")]
    public async Task A_control_character_in_a_json_string_is_a_field_error(string url, string json, string field)
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var method = url == "/api/settings" ? HttpMethod.Put : HttpMethod.Post;

        var problem = await (await admin.Http.SendAsync(new HttpRequestMessage(method, url) { Content = Json(json) })).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe("Remove control characters (such as NUL) from this text.");
    }

    [Fact]
    public async Task Tab_and_line_breaks_are_kept()
    {
        var admin = (await fixture.SignUpAsync()).Admin;

        var response = await admin.Http.PostAsync("/api/org/positions", Json("""{"name":"Analyst","duties":"one\r\n\ttwo","organizationUnitIds":[],"holderUserIds":[]}"""));

        (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("duties").GetString().ShouldBe("one\r\n\ttwo");
    }

    [Fact]
    public async Task A_control_character_in_a_query_value_is_a_field_error()
    {
        var admin = (await fixture.SignUpAsync()).Admin;

        var problem = await (await admin.GetAsync("/api/identity/users?filter=a%00b")).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("filter").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_date_time_with_an_offset_is_stored_as_the_same_instant_in_utc()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        var unitId = await admin.CreateUnitIdAsync();
        await admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Advertising", 100_000m));

        var response = await admin.Http.PostAsync("/api/budgets/commitments", Json(
            $$"""{"sourceReference":"approvals:{{Guid.NewGuid()}}","organizationUnitId":"{{unitId}}","category":"Advertising","date":"2026-03-02T08:00:00+14:00","amount":100,"currency":"CNY"}"""));

        var commitment = (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("commitment");
        commitment.GetProperty("date").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("\"99\"")]
    [InlineData("\"NoSuchType\"")]
    public async Task An_enum_takes_names_only(string riskTier)
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await admin.Http.PostAsync("/api/approvals/policies/simulate", Json($$"""{"businessType":"Expense","amount":1,"currency":"CNY","riskTier":{{riskTier}}}"""));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("riskTier")[0].GetString().ShouldBe("This field has an invalid format.");
    }

    [Theory]
    [InlineData("/api/processes/instances", """{"templateId":"0190a5a0-0000-7000-8000-000000000001","name":"P","startDate":"9999-12-31"}""", "startDate")]
    [InlineData("/api/processes/instances", """{"templateId":"0190a5a0-0000-7000-8000-000000000001","name":"P","startDate":"1899-12-31"}""", "startDate")]
    [InlineData("/api/calendar/days", """{"date":"0001-01-01","name":"Old","isWorkingDay":false}""", "date")]
    [InlineData("/api/calendar/days", """{"date":"2101-01-01","name":"Far","isWorkingDay":false}""", "date")]
    [InlineData("/api/approvals/delegations", """{"from":"2026-01-01T00:00:00Z","until":"9999-12-31T00:00:00Z","reason":"x"}""", "until")]
    [InlineData("/api/approvals/delegations", """{"from":"0001-01-01T00:00:00+14:00","until":"2026-01-01T00:00:00Z","reason":"x"}""", "from")]
    public async Task A_date_outside_1900_to_2100_is_a_field_error(string url, string json, string field)
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await (await admin.Http.PostAsync(url, Json(json))).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe(field == "from" ? "This field has an invalid format." : "Use a value from 1900-01-01 to 2100-12-31.");
    }

    [Fact]
    public async Task A_host_operator_has_no_notification_preferences_to_change()
    {
        var host = await HostAdmin.SignInAsync(fixture);

        var problem = await (await host.PutAsync("/api/notifications/preferences", new { emailKinds = Array.Empty<string>() })).ReadProblemAsync(HttpStatusCode.Forbidden);

        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:NotificationPreferencesNeedCompany");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

public sealed class UnstorableInputTestsOnSqlite(SqliteApiFixture fixture) : UnstorableInputTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class UnstorableInputTestsOnPostgreSql(PostgreSqlApiFixture fixture) : UnstorableInputTests(fixture), IClassFixture<PostgreSqlApiFixture>;

using System.Net;
using System.Text;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Hosting;

/// <summary>Nulls where lists are expected, extreme values, secrets in the audit log, lost updates of child rows.</summary>
public abstract class InputRobustnessTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("/api/org/positions", """{"name":"A","holderUserIds":null}""", "holderUserIds")]
    [InlineData("/api/org/positions", """{"name":"A","organizationUnitIds":[null]}""", "organizationUnitIds[0]")]
    [InlineData("/api/approvals/policies", """{"businessType":"Events.Event","name":"A","rules":null}""", "rules")]
    [InlineData("/api/approvals/policies", """{"businessType":"Events.Event","name":"A","rules":[{"name":"r","currency":"CNY","stages":[{"mode":"Any","approvers":[null]}]}]}""", "rules[0].stages[0].approvers[0]")]
    [InlineData("/api/identity/users", """{"userName":"u1","name":"U","email":"u1@x.test","password":"User@12345","roleNames":[null]}""", "roleNames[0]")]
    public async Task Null_lists_and_null_elements_are_field_errors_not_500(string url, string json, string field)
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.Http.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task The_audit_log_never_shows_authenticator_keys_and_refuses_dates_outside_the_business_range_by_field()
    {
        var session = await fixture.SignUpAsync();
        (await session.Admin.GetAsync("/api/account/two-factor")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var tokens = await session.Admin.GetJsonAsync<JsonElement>("/api/audit-logs?entityType=AppUserToken");
        var latest = await session.Admin.GetAsync("/api/audit-logs?to=9999-12-31T23:59:59.9999999Z");

        tokens.GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await latest.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["to"]);
    }

    [Fact]
    public async Task Changing_only_a_positions_holders_renews_its_stamp_so_a_stale_writer_gets_409()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        var me = await admin.MyUserIdAsync();
        var position = await admin.CreatePositionAsync("数据评估岗");
        var stamp = position.GetProperty("concurrencyStamp").GetString();

        var first = await admin.PutAsync($"/api/org/positions/{position.Id()}", new { name = "数据评估岗", holderUserIds = new[] { me }, concurrencyStamp = stamp });
        var second = await admin.PutAsync($"/api/org/positions/{position.Id()}", new { name = "数据评估岗", holderUserIds = Array.Empty<Guid>(), concurrencyStamp = stamp });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}

public sealed class InputRobustnessTestsOnSqlite(SqliteApiFixture fixture) : InputRobustnessTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class InputRobustnessTestsOnPostgreSql(PostgreSqlApiFixture fixture) : InputRobustnessTests(fixture), IClassFixture<PostgreSqlApiFixture>;

using System.Net;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Processes;

/// <summary>The start date is a date-only value; a date that cannot exist is a field error, never a 500.</summary>
public abstract class ProcessStartDateApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_date_only_start_date_starts_the_process()
    {
        var s = await ProcessScenario.CreateAsync(fixture);

        var response = await s.Session.Admin.PostAsync(Instances, new { templateId = s.TemplateId, name = "date only", startDate = "2026-12-07" });

        (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("startDate").GetString().ShouldBe("2026-12-07");
    }

    [Theory]
    [InlineData("10000-01-01")]
    [InlineData("2026-13-40")]
    [InlineData("0000-00-00")]
    public async Task A_start_date_out_of_range_is_a_field_error(string startDate)
    {
        var s = await ProcessScenario.CreateAsync(fixture);

        var response = await s.Session.Admin.PostAsync(Instances, new { templateId = s.TemplateId, name = "bad date", startDate });

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("startDate").GetArrayLength().ShouldBe(1);
    }
}

public sealed class ProcessStartDateApiTestsOnSqlite(SqliteApiFixture fixture) : ProcessStartDateApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ProcessStartDateApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ProcessStartDateApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.HttpApi.Tests.Processes;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Calendars;

/// <summary>CalendarDay rows belong to one company: others cannot list, get, update or delete them, and their holidays do not move others' due dates.</summary>
public abstract class CalendarDayIsolationTests(ApiFixture fixture)
{
    private const string Days = "/api/calendar/days";

    [Fact]
    public async Task Another_company_cannot_see_or_change_calendar_days_and_keeps_its_own_calendar()
    {
        var a = await fixture.SignUpAsync();
        var b = await ProcessScenario.CreateAsync(fixture);
        var aDay = await a.Admin.PostJsonAsync<JsonElement>(Days, new { date = "2026-07-06", name = "A's holiday", isWorkingDay = false });
        var stamp = aDay.GetProperty("concurrencyStamp").GetString();

        (await b.Session.Admin.GetJsonAsync<JsonElement[]>(Days)).ShouldBeEmpty();
        (await b.Session.Admin.GetAsync($"{Days}/{aDay.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Session.Admin.PutAsync($"{Days}/{aDay.Id()}", new { date = "2026-07-07", name = "Taken", isWorkingDay = false, concurrencyStamp = stamp }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Session.Admin.DeleteAsync($"{Days}/{aDay.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The same date is free in B, and A's holiday does not move B's due dates.
        var instance = await b.Session.Admin.StartAsync(b.TemplateId, new DateOnly(2026, 7, 3));
        Date(StepAt(instance, 0), "dueDate").ShouldBe(new DateOnly(2026, 7, 6));
        (await b.Session.Admin.PostAsync(Days, new { date = "2026-07-06", name = "B's holiday", isWorkingDay = false })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var aRead = await a.Admin.GetJsonAsync<JsonElement>($"{Days}/{aDay.Id()}");
        aRead.GetProperty("name").GetString().ShouldBe("A's holiday");
        aRead.GetProperty("date").GetString().ShouldBe("2026-07-06");
        (await a.Admin.GetJsonAsync<JsonElement[]>(Days)).Single().Id().ShouldBe(aDay.Id());
    }
}

public sealed class CalendarDayIsolationTestsOnSqlite(SqliteApiFixture fixture) : CalendarDayIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class CalendarDayIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : CalendarDayIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;

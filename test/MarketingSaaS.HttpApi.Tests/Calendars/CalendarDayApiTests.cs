using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.HttpApi.Tests.Processes;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Calendars;

public abstract class CalendarDayApiTests(ApiFixture fixture)
{
    private const string Days = "/api/calendar/days";

    [Fact]
    public async Task Holidays_and_make_up_working_days_move_process_due_dates()
    {
        var s = await ProcessScenario.CreateAsync(fixture);

        // Step A takes 2 working days from Friday 2026-07-03: normally due Monday 07-06.
        await s.Session.Admin.PostJsonAsync<JsonElement>(Days, new { date = "2026-07-06", name = "Company day", isWorkingDay = false });
        var holiday = await s.Session.Admin.StartAsync(s.TemplateId, new DateOnly(2026, 7, 3), "with a holiday");
        Date(StepAt(holiday, 0), "dueDate").ShouldBe(new DateOnly(2026, 7, 7));
        Date(StepAt(holiday, 1), "startDate").ShouldBe(new DateOnly(2026, 7, 8));

        // 调休: Saturday 07-04 is worked, so A ends on it and the next group starts after the Monday holiday.
        await s.Session.Admin.PostJsonAsync<JsonElement>(Days, new { date = "2026-07-04", name = "Make-up day", isWorkingDay = true });
        var makeUp = await s.Session.Admin.StartAsync(s.TemplateId, new DateOnly(2026, 7, 3), "with a make-up day");
        Date(StepAt(makeUp, 0), "dueDate").ShouldBe(new DateOnly(2026, 7, 4));
        Date(StepAt(makeUp, 1), "startDate").ShouldBe(new DateOnly(2026, 7, 7));
        Date(StepAt(makeUp, 1), "dueDate").ShouldBe(new DateOnly(2026, 7, 9));

        // A process starting on the make-up Saturday starts that day.
        var onSaturday = await s.Session.Admin.StartAsync(s.TemplateId, new DateOnly(2026, 7, 4), "from Saturday");
        Date(StepAt(onSaturday, 0), "startDate").ShouldBe(new DateOnly(2026, 7, 4));
        Date(StepAt(onSaturday, 0), "dueDate").ShouldBe(new DateOnly(2026, 7, 7));

        // Instances already started keep their dates.
        var reloaded = await s.Session.Admin.GetJsonAsync<JsonElement>($"{Instances}/{holiday.GetProperty("id").GetGuid()}");
        Date(StepAt(reloaded, 0), "dueDate").ShouldBe(new DateOnly(2026, 7, 7));
    }

    [Fact]
    public async Task Calendar_days_are_created_listed_updated_and_deleted()
    {
        var session = await fixture.SignUpAsync();
        var created = await session.Admin.PostJsonAsync<JsonElement>(Days, new { date = "2026-10-01", name = "国庆节", isWorkingDay = false });
        await session.Admin.PostJsonAsync<JsonElement>(Days, new { date = "2026-09-27", name = "国庆调休", isWorkingDay = true });
        await session.Admin.PostJsonAsync<JsonElement>(Days, new { date = "2027-01-01", name = "元旦", isWorkingDay = false });

        var in2026 = await session.Admin.GetJsonAsync<JsonElement[]>($"{Days}?year=2026");
        in2026.Select(d => d.GetProperty("date").GetString()).ShouldBe(["2026-09-27", "2026-10-01"]);
        in2026[0].GetProperty("isWorkingDay").GetBoolean().ShouldBeTrue();
        (await session.Admin.GetJsonAsync<JsonElement[]>(Days)).Length.ShouldBe(3);

        var stamp = created.GetProperty("concurrencyStamp").GetString();
        var updated = await (await session.Admin.PutAsync($"{Days}/{created.Id()}", new { date = "2026-10-02", name = "国庆节 2", isWorkingDay = false, concurrencyStamp = stamp }))
            .ReadAsAsync<JsonElement>();
        updated.GetProperty("date").GetString().ShouldBe("2026-10-02");
        (await session.Admin.PutAsync($"{Days}/{created.Id()}", new { date = "2026-10-03", name = "stale", isWorkingDay = false, concurrencyStamp = stamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await session.Admin.GetJsonAsync<JsonElement>($"{Days}/{created.Id()}")).GetProperty("name").GetString().ShouldBe("国庆节 2");

        (await session.Admin.DeleteAsync($"{Days}/{created.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await session.Admin.GetAsync($"{Days}/{created.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await session.Admin.GetJsonAsync<JsonElement[]>(Days)).Length.ShouldBe(2);
    }

    [Fact]
    public async Task Bad_calendar_days_are_refused_and_only_administrators_edit()
    {
        var session = await fixture.SignUpAsync();
        var first = await session.Admin.PostJsonAsync<JsonElement>(Days, new { date = "2026-10-01", name = "国庆节", isWorkingDay = false });

        var duplicate = await session.Admin.PostAsync(Days, new { date = "2026-10-01", name = "Again", isWorkingDay = true });
        (await duplicate.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Calendar:DateTaken");
        var second = await session.Admin.PostJsonAsync<JsonElement>(Days, new { date = "2026-10-02", name = "国庆节", isWorkingDay = false });
        var moveOnto = await session.Admin.PutAsync($"{Days}/{second.Id()}", new { date = "2026-10-01", name = "x", isWorkingDay = false });
        (await moveOnto.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Calendar:DateTaken");

        (await (await session.Admin.PostAsync(Days, new { name = "No date", isWorkingDay = false })).ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("date");
        await (await session.Admin.PostAsync(Days, new { date = "2026-02-30", name = "No such day" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await session.Admin.PostAsync(Days, new { date = "2026-10-05", name = "" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await session.Admin.PostAsync(Days, new { date = "2026-10-05", name = new string('n', 65) })).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await session.Admin.GetAsync($"{Days}?year=1999")).ReadProblemAsync(HttpStatusCode.BadRequest);

        await session.CreateUserAsync("planner1", "staff");
        var staff = await session.SignInAsync("planner1", TestAccounts.UserPassword);
        (await staff.GetJsonAsync<JsonElement[]>(Days)).Length.ShouldBe(2);
        (await staff.PostAsync(Days, new { date = "2026-10-06", name = "Mine", isWorkingDay = false })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.DeleteAsync($"{Days}/{first.Id()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.Admin.GetJsonAsync<JsonElement[]>(Days)).Length.ShouldBe(2);
    }
}

public sealed class CalendarDayApiTestsOnSqlite(SqliteApiFixture fixture) : CalendarDayApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class CalendarDayApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : CalendarDayApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

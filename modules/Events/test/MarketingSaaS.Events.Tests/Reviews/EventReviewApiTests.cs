using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Reviews;

/// <summary>The 复盘: when it can be written, its content and improvement list, validation and concurrency.</summary>
public abstract class EventReviewApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_review_with_its_improvement_list_is_saved_and_read_back_with_its_due_time()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Completed);

        await (await s.Admin.PutAsync($"/api/events/{e.Id()}/review", new
        {
            goalAttainment = " 120 of 100 guests ",
            resourceEfficiency = "Venue under budget",
            improvements = new[] { new { description = "Send invitations two weeks earlier", ownerUserId = s.AdminId, dueDate = "2026-04-01" } },
        })).ReadJsonAsync(HttpStatusCode.OK);
        var review = await s.Admin.GetJsonAsync<JsonElement>($"/api/events/{e.Id()}/review");

        review.GetProperty("goalAttainment").GetString().ShouldBe("120 of 100 guests");
        review.GetProperty("feedback").ValueKind.ShouldBe(JsonValueKind.Null);
        var item = review.GetProperty("improvements").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("ownerUserId").GetGuid().ShouldBe(s.AdminId);
        item.GetProperty("dueDate").GetString().ShouldBe("2026-04-01");
        review.GetProperty("dueTime").GetDateTimeOffset().ShouldBe(EventExecutionScenario.Start.AddHours(4).AddDays(7));
    }

    [Fact]
    public async Task An_event_that_has_not_ended_has_no_review_yet()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var approved = await s.CreateEventAsync(MarketingEventStatus.Approved);
        var running = await s.CreateEventAsync(MarketingEventStatus.InExecution);

        var problem = await (await s.Admin.PutAsync($"/api/events/{approved.Id()}/review", EventExecutionScenario.Review)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await s.Admin.PutAsync($"/api/events/{running.Id()}/review", EventExecutionScenario.Review)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        await s.SetClockAsync(EventExecutionScenario.Start.AddHours(5));
        await (await s.Admin.PutAsync($"/api/events/{running.Id()}/review", EventExecutionScenario.Review)).ReadJsonAsync(HttpStatusCode.OK);

        problem.GetProperty("code").GetString().ShouldBe("Events:ReviewNotOpen");
        (await s.Admin.GetAsync($"/api/events/{approved.Id()}/review")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Improvements_need_a_description_an_existing_owner_and_a_due_date()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Completed);
        var url = $"/api/events/{e.Id()}/review";

        var unknownOwner = await (await s.Admin.PutAsync(url, new
        {
            goalAttainment = "ok",
            resourceEfficiency = "ok",
            improvements = new[] { new { description = "x", ownerUserId = s.AdminId, dueDate = "2026-04-01" }, new { description = "y", ownerUserId = Guid.NewGuid(), dueDate = "2026-04-01" } },
        })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var missing = await (await s.Admin.PutAsync(url, new
        {
            goalAttainment = "",
            resourceEfficiency = "ok",
            improvements = new[] { new { description = "x", ownerUserId = s.AdminId } },
        })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var missingDate = await (await s.Admin.PutAsync(url, new
        {
            goalAttainment = "ok",
            resourceEfficiency = "ok",
            improvements = new[] { new { description = "x", ownerUserId = s.AdminId } },
        })).ReadProblemAsync(HttpStatusCode.BadRequest);

        unknownOwner.GetProperty("errors").TryGetProperty("improvements[1].ownerUserId", out _).ShouldBeTrue(unknownOwner.ToString());
        missing.GetProperty("errors").TryGetProperty("goalAttainment", out _).ShouldBeTrue(missing.ToString());
        missingDate.GetProperty("errors").TryGetProperty("improvements[0].dueDate", out _).ShouldBeTrue(missingDate.ToString());
        (await s.Admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Saving_with_a_stale_stamp_is_409()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Completed);
        var url = $"/api/events/{e.Id()}/review";
        var created = await (await s.Admin.PutAsync(url, EventExecutionScenario.Review)).ReadJsonAsync(HttpStatusCode.OK);
        var stamp = created.GetProperty("concurrencyStamp").GetString();

        await (await s.Admin.PutAsync(url, new { goalAttainment = "first", resourceEfficiency = "ok", concurrencyStamp = stamp })).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Admin.PutAsync(url, new { goalAttainment = "second", resourceEfficiency = "ok", concurrencyStamp = stamp })).ReadProblemAsync(HttpStatusCode.Conflict);

        (await s.Admin.GetJsonAsync<JsonElement>(url)).GetProperty("goalAttainment").GetString().ShouldBe("first");
    }
}

public sealed class EventReviewApiTestsOnSqlite(SqliteApiFixture fixture) : EventReviewApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventReviewApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventReviewApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

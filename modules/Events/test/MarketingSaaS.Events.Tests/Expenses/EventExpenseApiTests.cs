using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Expenses;

/// <summary>Actual costs against budget lines: recording, validation, status rules, receipts, concurrency.</summary>
public abstract class EventExpenseApiTests(ApiFixture fixture)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    [Fact]
    public async Task Costs_are_recorded_against_budget_lines_and_listed_oldest_first()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);

        var created = await (await s.AddExpenseAsync(e.Id(), EventExecutionScenario.BudgetLine(e, 0), 1200.50m)).ReadJsonAsync(HttpStatusCode.Created);
        await (await s.AddExpenseAsync(e.Id(), EventExecutionScenario.BudgetLine(e, 1), 799.50m)).ReadJsonAsync(HttpStatusCode.Created);

        created.GetProperty("amount").GetDecimal().ShouldBe(1200.50m);
        created.GetProperty("recordedInBudget").GetBoolean().ShouldBeFalse();
        var list = await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{e.Id()}/expenses");
        list.Select(x => x.GetProperty("amount").GetDecimal()).Sum().ShouldBe(2000.00m);
        list.Select(x => x.GetProperty("note").GetString()).ShouldAllBe(n => n == "invoice 42");
    }

    [Fact]
    public async Task A_draft_or_closed_event_takes_no_costs()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        s.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var draft = await s.CreateEventAsync(MarketingEventStatus.Draft);
        var closed = await s.CreateEventAsync(MarketingEventStatus.Closed);

        var problem = await (await s.AddExpenseAsync(draft.Id(), EventExecutionScenario.BudgetLine(draft, 0), 10m)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await s.AddExpenseAsync(closed.Id(), EventExecutionScenario.BudgetLine(closed, 0), 10m)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("code").GetString().ShouldBe("Events:ExpensesNotOpen");
        problem.GetProperty("title").GetString().ShouldBe("Actual costs can be recorded only for an approved, running or completed event (it is Draft).");
        (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{draft.Id()}/expenses")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_cost_spent_on_a_date_time_with_an_offset_is_stored_as_the_same_instant_in_utc()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);

        var response = await s.Admin.PostAsync($"/api/events/{e.Id()}/expenses", new
        {
            budgetLineId = EventExecutionScenario.BudgetLine(e, 0),
            amount = 10m,
            currency = "CNY",
            spentOn = EventExecutionScenario.Start.ToOffset(TimeSpan.FromHours(14)),
        });

        (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("spentOn").GetString().ShouldBe("2026-03-10T01:00:00+00:00");
    }

    [Fact]
    public async Task A_milestone_after_2100_is_a_field_error()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);

        var response = await s.Admin.PostAsync($"/api/events/{e.Id()}/milestones", new { name = "Far", date = "9999-12-31T00:00:00Z", isKeyDate = false });

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("date").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("unknown-line", 10, "CNY", "budgetLineId")]
    [InlineData("line", 0, "CNY", "amount")]
    [InlineData("line", 10.001, "CNY", "amount")]
    [InlineData("line", 10, "USD", "currency")]
    [InlineData("line", 10, "CN", "currency")]
    public async Task Bad_input_is_400_with_the_field(string line, double amount, string currency, string field)
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);
        var lineId = line == "line" ? EventExecutionScenario.BudgetLine(e, 0) : Guid.NewGuid();

        var problem = await (await s.AddExpenseAsync(e.Id(), lineId, (decimal)amount, currency)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{e.Id()}/expenses")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_missing_date_is_400()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);

        var problem = await (await s.Admin.PostAsync($"/api/events/{e.Id()}/expenses", new { budgetLineId = EventExecutionScenario.BudgetLine(e, 0), amount = 5m, currency = "CNY" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty("spentOn", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_receipt_image_is_stored_and_downloaded_by_readers()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);
        var expense = await (await s.AddExpenseAsync(e.Id(), EventExecutionScenario.BudgetLine(e, 0), 100m)).ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/events/{e.Id()}/expenses/{expense.Id()}/receipt";

        var file = await (await UploadAsync(s.Admin, url, Png, "发票.png")).ReadJsonAsync(HttpStatusCode.Created);
        var download = await s.Admin.GetAsync(url);

        file.GetProperty("contentType").GetString().ShouldBe("image/png");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        var listed = (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{e.Id()}/expenses")).Single();
        listed.GetProperty("receiptFileId").GetGuid().ShouldBe(file.Id());
        (await fixture.Anonymous(s.Session.Slug).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("receipt.png")]
    [InlineData("receipt.pdf")]
    [InlineData("receipt.txt")]
    public async Task A_receipt_whose_bytes_are_not_an_image_or_pdf_is_refused_and_nothing_is_stored(string fileName)
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);
        var expense = await (await s.AddExpenseAsync(e.Id(), EventExecutionScenario.BudgetLine(e, 0), 100m)).ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/events/{e.Id()}/expenses/{expense.Id()}/receipt";

        var response = await UploadAsync(s.Admin, url, "just some text, not a receipt"u8.ToArray(), fileName);

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        (await s.Admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{e.Id()}/expenses")).Single().GetProperty("receiptFileId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_stale_stamp_on_the_note_is_409_and_a_fresh_one_saves()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);
        var expense = await (await s.AddExpenseAsync(e.Id(), EventExecutionScenario.BudgetLine(e, 0), 100m)).ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/events/{e.Id()}/expenses/{expense.Id()}";
        var stamp = expense.GetProperty("concurrencyStamp").GetString();

        var first = await (await s.Admin.PutAsync(url, new { note = "first", concurrencyStamp = stamp })).ReadJsonAsync(HttpStatusCode.OK);
        await (await s.Admin.PutAsync(url, new { note = "second", concurrencyStamp = stamp })).ReadProblemAsync(HttpStatusCode.Conflict);

        first.GetProperty("note").GetString().ShouldBe("first");
        (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{e.Id()}/expenses")).Single().GetProperty("note").GetString().ShouldBe("first");
    }

    [Fact]
    public async Task A_cost_not_in_the_budget_can_be_deleted()
    {
        var s = await EventExecutionScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.InExecution);
        var expense = await (await s.AddExpenseAsync(e.Id(), EventExecutionScenario.BudgetLine(e, 0), 100m)).ReadJsonAsync(HttpStatusCode.Created);

        (await s.Admin.DeleteAsync($"/api/events/{e.Id()}/expenses/{expense.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await s.Admin.GetJsonAsync<JsonElement[]>($"/api/events/{e.Id()}/expenses")).ShouldBeEmpty();
    }

    internal static Task<HttpResponseMessage> UploadAsync(ApiClient client, string url, byte[] bytes, string fileName)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        return client.Http.SendAsync(request);
    }
}

public sealed class EventExpenseApiTestsOnSqlite(SqliteApiFixture fixture) : EventExpenseApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventExpenseApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventExpenseApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

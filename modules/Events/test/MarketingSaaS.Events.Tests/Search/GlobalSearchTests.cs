using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Tests.MarketingEvents;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Search;

/// <summary>The global search box finds events through the Events module's search provider, only where the user may see them.</summary>
public abstract class GlobalSearchTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_event_is_found_by_part_of_its_name_in_any_case_with_the_portal_path_that_opens_it()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = (await session.Admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(await session.CreateUnitAsync(), "Smart Factory Salon 2026"))).Id();
        await session.Admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(await session.CreateUnitAsync("Sales"), "Dealer dinner"));

        var results = await session.Admin.GetJsonAsync<JsonElement[]>("/api/search?q=factory%20SALON");

        results.Length.ShouldBe(1);
        results[0].GetProperty("kind").GetString().ShouldBe("Events.MarketingEvent");
        results[0].GetProperty("id").GetGuid().ShouldBe(eventId);
        results[0].GetProperty("title").GetString().ShouldBe("Smart Factory Salon 2026");
        results[0].GetProperty("url").GetString().ShouldBe($"/events/{eventId}");
    }

    [Theory]
    [InlineData("en", "Draft")]
    [InlineData("zh-Hans", "草稿")]
    public async Task An_events_subtitle_is_its_status_in_the_requests_language(string language, string draft)
    {
        var session = await fixture.SignUpWithEventsAsync();
        await session.Admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(await session.CreateUnitAsync(), "Harbour launch"));
        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var results = await session.Admin.GetJsonAsync<JsonElement[]>("/api/search?q=harbour");

        results.Single().GetProperty("subtitle").GetString().ShouldBe(draft);
    }

    [Fact]
    public async Task Another_company_a_user_without_the_events_permission_and_a_company_with_the_module_off_find_nothing()
    {
        var session = await fixture.SignUpWithEventsAsync();
        await session.Admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(await session.CreateUnitAsync(), "Harbour launch"));
        var other = await fixture.SignUpWithEventsAsync();
        await session.Admin.PostJsonAsync<JsonElement>("/api/identity/users", new
        {
            userName = "clerk", name = "Clerk", email = $"clerk@{session.Slug}.test", password = TestAccounts.UserPassword, roleNames = Array.Empty<string>(), isActive = true,
        });
        var clerk = await session.SignInAsync("clerk", TestAccounts.UserPassword);

        (await other.Admin.GetJsonAsync<JsonElement[]>("/api/search?q=harbour")).ShouldBeEmpty();
        (await clerk.GetJsonAsync<JsonElement[]>("/api/search?q=harbour")).ShouldBeEmpty();
        (await session.Admin.GetJsonAsync<JsonElement[]>("/api/search?q=harbour")).Length.ShouldBe(1);
        await session.SetEventsModuleAsync(false);
        (await session.Admin.GetJsonAsync<JsonElement[]>("/api/search?q=harbour")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_one_character_search_is_refused_with_a_field_error()
    {
        var session = await fixture.SignUpWithEventsAsync();

        var response = await session.Admin.GetAsync("/api/search?q=h");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"q\"");
    }
}

public sealed class GlobalSearchTestsOnSqlite(SqliteApiFixture fixture) : GlobalSearchTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class GlobalSearchTestsOnPostgreSql(PostgreSqlApiFixture fixture) : GlobalSearchTests(fixture), IClassFixture<PostgreSqlApiFixture>;

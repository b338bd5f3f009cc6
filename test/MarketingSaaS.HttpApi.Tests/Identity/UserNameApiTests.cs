using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity;

/// <summary>Family and given name on the users page's create and edit forms: optional, length-limited, saved and shown.</summary>
public abstract class UserNameApiTests(ApiFixture fixture)
{
    private const string Users = "/api/identity/users";

    [Fact]
    public async Task A_user_created_with_family_and_given_name_keeps_them_and_is_named_by_them()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var created = await session.Admin.PostJsonAsync<JsonElement>(Users, NewUser(session, "nali", name: null, familyName: "Li", givenName: "Na"));

        var user = await session.Admin.GetJsonAsync<JsonElement>($"{Users}/{created.Id()}");
        new[] { "familyName", "givenName", "name" }.Select(p => user.GetProperty(p).GetString()).ShouldBe(["Li", "Na", "Na Li"]);
    }

    [Fact]
    public async Task Editing_a_user_saves_family_and_given_name_and_they_name_the_user_as_a_position_holder()
    {
        var session = await fixture.SignUpAsync();
        var created = await session.CreateUserAsync("lina");
        var position = await session.Admin.PostJsonAsync<JsonElement>("/api/org/positions", new { name = "市场专员", holderUserIds = new[] { created.Id() } });

        (await session.Admin.PutAsync($"{Users}/{created.Id()}", Update(created, name: "whatever", familyName: "李", givenName: "娜")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var holders = (await session.Admin.GetJsonAsync<JsonElement>($"/api/org/positions/{position.Id()}")).GetProperty("holders");
        holders.EnumerateArray().Select(h => h.GetProperty("name").GetString()).ShouldBe(["李娜"]);
    }

    [Fact]
    public async Task Editing_without_family_and_given_name_stores_the_typed_name_and_drops_the_parts()
    {
        var session = await fixture.SignUpAsync();
        var created = await session.Admin.PostJsonAsync<JsonElement>(Users, NewUser(session, "nali", name: null, familyName: "Li", givenName: "Na"));

        var edited = await (await session.Admin.PutAsync($"{Users}/{created.Id()}", Update(created, name: "Nana", familyName: null, givenName: " ")))
            .ReadJsonAsync(HttpStatusCode.OK);

        new[] { "familyName", "givenName", "name" }.Select(p => edited.GetProperty(p).GetString()).ShouldBe([null, null, "Nana"]);
    }

    [Fact]
    public async Task Over_long_name_parts_are_400_field_errors_and_create_nobody()
    {
        var session = await fixture.SignUpAsync();
        var tooLong = new string('长', 32);

        var problem = await (await session.Admin.PostAsync(Users, NewUser(session, "nali", name: "Na", familyName: tooLong, givenName: tooLong)))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["familyName", "givenName"], ignoreOrder: true);
        (await session.Admin.GetJsonAsync<JsonElement>($"{Users}?filter=nali")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Parts_at_the_limit_make_a_name_that_fits_on_either_database()
    {
        var session = await fixture.SignUpAsync();
        var longest = new string('a', 31);

        var created = await (await session.Admin.PostAsync(Users, NewUser(session, "longname", name: null, familyName: longest, givenName: longest)))
            .ReadJsonAsync(HttpStatusCode.Created);

        created.GetProperty("name").GetString()!.Length.ShouldBe(63);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task Without_a_name_or_name_parts_creating_and_editing_are_400_on_name(string? name)
    {
        var session = await fixture.SignUpAsync();
        var created = await session.CreateUserAsync("kate");

        var create = await (await session.Admin.PostAsync(Users, NewUser(session, "nali", name, familyName: null, givenName: ""))).ReadProblemAsync(HttpStatusCode.BadRequest);
        var update = await (await session.Admin.PutAsync($"{Users}/{created.Id()}", Update(created, name, familyName: "", givenName: null))).ReadProblemAsync(HttpStatusCode.BadRequest);

        create.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["name"]);
        update.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["name"]);
    }

    private static object NewUser(TenantSession session, string userName, string? name, string? familyName, string? givenName) => new
    {
        userName,
        name,
        familyName,
        givenName,
        email = $"{userName}@{session.Slug}.test",
        password = TestAccounts.UserPassword,
        roleNames = Array.Empty<string>(),
        isActive = true,
    };

    private static object Update(JsonElement user, string? name, string? familyName, string? givenName) => new
    {
        name,
        familyName,
        givenName,
        email = user.GetProperty("email").GetString(),
        roleNames = Array.Empty<string>(),
        isActive = true,
        concurrencyStamp = user.GetProperty("concurrencyStamp").GetString(),
    };
}

public sealed class UserNameApiTestsOnSqlite(SqliteApiFixture fixture) : UserNameApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class UserNameApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : UserNameApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

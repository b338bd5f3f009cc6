using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Account;
using MarketingSaaS.Identity;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity;

/// <summary>The application configuration names the signed-in person, so the portal greets "李娜" rather than "lina".</summary>
public abstract class CurrentUserNameApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_configuration_carries_the_signed_in_persons_family_given_and_stored_name()
    {
        var session = await fixture.SignUpAsync();
        await CreateLinaAsync(session);
        var lina = await session.SignInAsync("lina", TestAccounts.UserPassword);

        var user = (await lina.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("currentUser");

        new[] { "userName", "name", "familyName", "givenName" }.Select(p => user.GetProperty(p).GetString()).ShouldBe(["lina", "李娜", "李", "娜"]);
    }

    [Fact]
    public async Task A_person_who_renames_themselves_in_the_portal_is_named_by_the_typed_name_at_once()
    {
        var session = await fixture.SignUpAsync();
        await CreateLinaAsync(session);
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "lina", TestAccounts.UserPassword);
        (await browser.PutAsync("/api/account/profile", new { name = "Lina", email = $"lina@{session.Slug}.test" }, withXsrfHeader: true)).EnsureSuccessStatusCode();

        var user = (await (await browser.Http.GetAsync("/api/application-configuration")).ReadAsAsync<JsonElement>()).GetProperty("currentUser");

        new[] { "name", "familyName", "givenName" }.Select(p => user.GetProperty(p).GetString()).ShouldBe(["Lina", null, null]);
    }

    [Fact]
    public async Task Without_name_parts_the_configuration_carries_the_stored_name_of_the_sign_up()
    {
        var session = await fixture.SignUpAsync();

        var user = (await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("currentUser");

        new[] { "userName", "name", "familyName", "givenName" }.Select(p => user.GetProperty(p).GetString()).ShouldBe(["admin", "Admin " + session.Slug, null, null]);
    }

    /// <summary>A user whose family and given name are known (as after accepting an invitation): 李 娜, user name lina.</summary>
    private async Task CreateLinaAsync(TenantSession session)
    {
        var created = await TenantUsers.InTenantAsync(fixture, session.TenantId, async users =>
        {
            var user = new AppUser(Guid.CreateVersion7(), "lina", $"lina@{session.Slug}.test", "lina");
            user.SetPersonName("李", "娜", "zh-Hans");
            return (await users.CreateAsync(user, TestAccounts.UserPassword)).Succeeded;
        });
        created.ShouldBeTrue();
    }
}

public sealed class CurrentUserNameApiTestsOnSqlite(SqliteApiFixture fixture) : CurrentUserNameApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class CurrentUserNameApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : CurrentUserNameApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

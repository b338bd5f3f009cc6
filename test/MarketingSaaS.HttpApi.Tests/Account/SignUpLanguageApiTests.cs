using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>Issue 13.7: the portal starts in the language the person signed up in, and keeps their later choice on any browser.</summary>
public abstract class SignUpLanguageApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_sign_up_language_is_the_admins_language_at_every_sign_in_until_they_switch()
    {
        var slug = TestAccounts.NewSlug();
        (await fixture.Anonymous().PostAsync("/api/account/sign-up", SignUp(slug, "en"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var firstBrowser = await TenantSession.SignInAsync(fixture, slug, "admin", TestAccounts.AdminPassword);
        (await CultureAsync(firstBrowser)).ShouldBe("en");

        (await firstBrowser.PutAsync("/api/settings/my-culture", new { culture = "zh-Hans" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var otherBrowser = await TenantSession.SignInAsync(fixture, slug, "admin", TestAccounts.AdminPassword);

        (await CultureAsync(otherBrowser)).ShouldBe("zh-Hans");
    }

    [Fact]
    public async Task An_unsupported_sign_up_language_answers_400_on_the_culture_field_and_creates_no_company()
    {
        var slug = TestAccounts.NewSlug();

        var problem = await (await fixture.Anonymous().PostAsync("/api/account/sign-up", SignUp(slug, "fr"))).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty("culture", out _).ShouldBeTrue();
        (await fixture.Anonymous().PostAsync("/api/account/sign-up", SignUp(slug, "en"))).StatusCode.ShouldBe(HttpStatusCode.Created, "the refused sign-up must not have taken the slug");
    }

    private static object SignUp(string slug, string culture) => new
    {
        companyName = "Company " + slug,
        slug,
        adminName = "Admin " + slug,
        email = $"admin@{slug}.test",
        password = TestAccounts.AdminPassword,
        culture,
    };

    private static async Task<string?> CultureAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("settings").GetProperty("Platform.Culture").GetString();
}

public sealed class SignUpLanguageApiTestsOnSqlite(SqliteApiFixture fixture) : SignUpLanguageApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class SignUpLanguageApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : SignUpLanguageApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

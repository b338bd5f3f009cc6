using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

public abstract class SignUpApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Sign_up_creates_the_company_its_roles_settings_and_admin()
    {
        var session = await fixture.SignUpAsync();

        var config = await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration");
        config.GetProperty("currentTenant").GetProperty("name").GetString().ShouldBe(session.Slug);
        config.GetProperty("currentUser").GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldContain("admin");
        config.GetProperty("grantedPermissions").EnumerateArray().Select(p => p.GetString()).ShouldContain("Identity.Users.Create");
        config.GetProperty("settings").GetProperty("Platform.Currency").GetString().ShouldBe("CNY");
        config.GetProperty("settings").GetProperty("Platform.TimeZone").GetString().ShouldBe("Asia/Shanghai");
    }

    [Fact]
    public async Task Duplicate_slug_is_a_rule_violation_and_creates_nothing()
    {
        var session = await fixture.SignUpAsync();

        var response = await fixture.Anonymous().PostAsync("/api/account/sign-up", NewSignUp(session.Slug, "Other@12345"));

        var problem = await response.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:TenantSlugTaken");
    }

    [Fact]
    public async Task Weak_password_is_rejected_and_the_tenant_is_not_created()
    {
        var slug = TestAccounts.NewSlug();

        var response = await fixture.Anonymous().PostAsync("/api/account/sign-up", NewSignUp(slug, "alllowercase1"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:PasswordTooWeak");
        var retry = await fixture.Anonymous().PostAsync("/api/account/sign-up", NewSignUp(slug, "Strong@12345"));
        retry.StatusCode.ShouldBe(HttpStatusCode.Created, "the failed sign-up must not have left the slug taken");
    }

    [Fact]
    public async Task Missing_and_over_long_fields_answer_400_with_field_errors()
    {
        var response = await fixture.Anonymous().PostAsync("/api/account/sign-up", new
        {
            companyName = new string('x', 500),
            slug = "",
            adminName = "A",
            email = "not-an-email",
            password = "Strong@12345",
        });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("companyName", out _).ShouldBeTrue();
        errors.TryGetProperty("slug", out _).ShouldBeTrue();
        errors.TryGetProperty("email", out _).ShouldBeTrue();
        errors.TryGetProperty("password", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Malformed_json_answers_400_problem_details()
    {
        var response = await fixture.Anonymous().Http.PostAsync("/api/account/sign-up",
            new StringContent("{\"companyName\": ", System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("Framework:BadRequest");
    }

    [Fact]
    public async Task Errors_are_localized_from_accept_language()
    {
        var session = await fixture.SignUpAsync();
        var client = fixture.Anonymous();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var response = await client.PostAsync("/api/account/sign-up", NewSignUp(session.Slug, "Other@12345"));

        var problem = await response.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("title").GetString().ShouldBe($"企业访问名“{session.Slug}”已被占用。");
    }

    private static object NewSignUp(string slug, string password) => new
    {
        companyName = "Company " + slug,
        slug,
        adminName = "Admin",
        email = $"admin@{slug}.test",
        password,
    };
}

public sealed class SignUpApiTestsOnSqlite(SqliteApiFixture fixture) : SignUpApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class SignUpApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : SignUpApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

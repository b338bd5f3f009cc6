using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

public abstract class SignInApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Unknown_tenant_header_answers_404()
    {
        var response = await fixture.Anonymous("no-such-company").GetAsync("/api/application-configuration");

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("code").GetString().ShouldBe("Framework:TenantNotFound");
    }

    [Fact]
    public async Task Wrong_password_answers_401_and_the_fifth_failure_locks_the_account()
    {
        var session = await fixture.SignUpAsync();
        var anonymous = fixture.Anonymous();
        for (var i = 0; i < 6; i++)
        {
            // The fifth failure locks the account, but the answer to a wrong password stays 401: the lock is not told to a guesser.
            var wrong = await anonymous.PostAsync("/api/account/sign-in", new { tenant = session.Slug, userName = "admin", password = "Wrong@12345" });
            (await wrong.ReadProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:InvalidSignIn");
        }

        var right = await anonymous.PostAsync("/api/account/sign-in", new { tenant = session.Slug, userName = "admin", password = TestAccounts.AdminPassword });
        (await right.ReadProblemAsync(HttpStatusCode.Locked)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:LockedOut");
    }

    [Fact]
    public async Task A_user_cannot_sign_in_to_another_company()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();

        var response = await fixture.Anonymous().PostAsync("/api/account/sign-in", new { tenant = b.Slug, userName = $"admin@{a.Slug}.test", password = TestAccounts.AdminPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_token_keeps_its_tenant_whatever_the_tenant_header_says()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        a.Admin.Http.DefaultRequestHeaders.Add("__tenant", b.Slug);

        var config = await a.Admin.GetJsonAsync<JsonElement>("/api/application-configuration");

        config.GetProperty("currentTenant").GetProperty("id").GetGuid().ShouldBe(a.TenantId);
    }

    [Fact]
    public async Task Me_requires_sign_in()
    {
        var response = await fixture.Anonymous().GetAsync("/api/account/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class SignInApiTestsOnSqlite(SqliteApiFixture fixture) : SignInApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class SignInApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : SignInApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

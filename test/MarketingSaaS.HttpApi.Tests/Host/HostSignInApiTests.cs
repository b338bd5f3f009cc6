using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Host;

public abstract class HostSignInApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Host_admin_signs_in_on_the_host_side_with_the_host_permissions()
    {
        var host = await HostAdmin.SignInAsync(fixture);

        var config = await host.GetJsonAsync<JsonElement>("/api/application-configuration");

        config.GetProperty("currentTenant").GetProperty("isAvailable").GetBoolean().ShouldBeFalse();
        config.GetProperty("currentUser").GetProperty("userName").GetString().ShouldBe("admin");
        config.GetProperty("currentUser").GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["host-admin"]);
        var granted = config.GetProperty("grantedPermissions").EnumerateArray().Select(p => p.GetString()).ToList();
        granted.ShouldContain("Host.Tenants.Manage");
        granted.ShouldContain("Host.Editions.Manage");
        granted.ShouldNotContain("Administration.AuditLogs");
    }

    [Fact]
    public async Task A_tenant_header_does_not_move_a_signed_in_host_admin_into_that_tenant()
    {
        var tenant = await fixture.SignUpAsync();
        var host = await HostAdmin.SignInAsync(fixture, tenantHeader: tenant.Slug);

        var config = await host.GetJsonAsync<JsonElement>("/api/application-configuration");
        config.GetProperty("currentTenant").GetProperty("isAvailable").GetBoolean().ShouldBeFalse();
        (await host.GetAsync("/api/host/tenants")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var auditLogs = await host.GetAsync("/api/audit-logs");
        (await auditLogs.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("Framework:PermissionDenied");
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_answer_401()
    {
        var anonymous = fixture.Anonymous();

        var wrong = await anonymous.PostAsync("/api/host/account/sign-in", new { userName = "admin", password = "Wrong@12345" });
        var unknown = await anonymous.PostAsync("/api/host/account/sign-in", new { userName = "nobody", password = TestAccounts.HostAdminPassword });

        (await wrong.ReadProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:InvalidSignIn");
        (await unknown.ReadProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:InvalidSignIn");
    }

    [Fact]
    public async Task A_tenant_admin_cannot_sign_in_as_a_host_user()
    {
        var tenant = await fixture.SignUpAsync();

        var response = await fixture.Anonymous().PostAsync("/api/host/account/sign-in", new { userName = $"admin@{tenant.Slug}.test", password = TestAccounts.AdminPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_fifth_failure_locks_the_host_user_for_15_minutes()
    {
        var userName = "op-" + Guid.NewGuid().ToString("N")[..8];
        await HostTestData.CreateHostUserAsync(fixture, userName, "Operator@12345");
        var anonymous = fixture.Anonymous();
        for (var i = 0; i < 6; i++)
        {
            // The fifth failure locks; a wrong password still answers 401, so only the right password learns of the lock.
            var wrong = await anonymous.PostAsync("/api/host/account/sign-in", new { userName, password = "Wrong@12345" });
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var rightButLocked = await anonymous.PostAsync("/api/host/account/sign-in", new { userName, password = "Operator@12345" });
        (await rightButLocked.ReadProblemAsync(HttpStatusCode.Locked)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:LockedOut");

        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        var afterLockout = await anonymous.PostAsync("/api/host/account/sign-in", new { userName, password = "Operator@12345" });
        afterLockout.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Failures_before_a_success_do_not_count_towards_the_lockout()
    {
        var userName = "op-" + Guid.NewGuid().ToString("N")[..8];
        await HostTestData.CreateHostUserAsync(fixture, userName, "Operator@12345");
        var anonymous = fixture.Anonymous();
        for (var i = 0; i < 4; i++)
        {
            await anonymous.PostAsync("/api/host/account/sign-in", new { userName, password = "Wrong@12345" });
        }

        (await anonymous.PostAsync("/api/host/account/sign-in", new { userName, password = "Operator@12345" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var oneMoreFailure = await anonymous.PostAsync("/api/host/account/sign-in", new { userName, password = "Wrong@12345" });

        oneMoreFailure.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_host_cookie_outlives_identitys_security_stamp_check()
    {
        var client = fixture.Anonymous();
        var signIn = await client.PostAsync("/api/host/account/sign-in", new { userName = "admin", password = TestAccounts.HostAdminPassword, useCookie = true });
        signIn.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync("/api/host/tenants")).StatusCode.ShouldBe(HttpStatusCode.OK);

        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(31));

        (await client.GetAsync("/api/host/tenants")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Missing_fields_answer_400()
    {
        var response = await fixture.Anonymous().PostAsync("/api/host/account/sign-in", new { userName = "", password = new string('x', 500) });

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.TryGetProperty("userName", out _).ShouldBeTrue();
        errors.TryGetProperty("password", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Host_endpoints_require_sign_in()
    {
        var response = await fixture.Anonymous().GetAsync("/api/host/tenants");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class HostSignInApiTestsOnSqlite(SqliteApiFixture fixture) : HostSignInApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class HostSignInApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : HostSignInApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

using System.Net;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.Identity.CommonPasswords;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Identity;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>The shipped list of common passwords is refused wherever a password is set, with a 400 in the request's language.</summary>
public abstract class CommonPasswordTests(ApiFixture fixture)
{
    private const string English = "The password is too weak: This password is one of the most commonly used; choose one that is harder to guess.";
    private const string Chinese = "密码强度不足：该密码属于最常用的密码，请换一个更难猜到的密码。";

    [Theory]
    [InlineData("Password1", "en", English)]
    [InlineData("Admin1234", "en", English)]
    [InlineData("Password1", "zh-Hans", Chinese)]
    [InlineData("Admin1234", "zh-Hans", Chinese)]
    public async Task Sign_up_refuses_a_common_password(string password, string language, string title)
    {
        var slug = TestAccounts.NewSlug();
        var client = fixture.Anonymous();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await client.PostAsync("/api/account/sign-up", new { companyName = "Company", slug, adminName = "Admin", email = $"admin@{slug}.test", password });

        await ShouldBeRefusedAsync(response, title);
    }

    [Fact]
    public async Task Creating_a_user_refuses_a_common_password()
    {
        var session = await fixture.SignUpAsync();
        UseEnglish(session.Admin);

        var response = await session.Admin.PostAsync("/api/identity/users", new
        {
            userName = "weak", name = "Weak", email = $"weak@{session.Slug}.test", password = "Admin1234", roleNames = new[] { "staff" }, isActive = true,
        });

        await ShouldBeRefusedAsync(response, English);
    }

    [Fact]
    public async Task Changing_ones_password_refuses_a_common_password()
    {
        var session = await fixture.SignUpAsync();
        UseEnglish(session.Admin);

        var response = await session.Admin.PostAsync("/api/account/change-password", new { currentPassword = TestAccounts.AdminPassword, newPassword = "Password1" });

        await ShouldBeRefusedAsync(response, English);
    }

    [Fact]
    public async Task An_admins_reset_refuses_a_common_password()
    {
        var session = await fixture.SignUpAsync();
        var id = (await session.CreateUserAsync("member", "staff")).GetProperty("id").GetGuid();
        UseEnglish(session.Admin);

        var response = await session.Admin.PutAsync($"/api/identity/users/{id}/password", new { newPassword = "Password1" });

        await ShouldBeRefusedAsync(response, English);
    }

    [Fact]
    public async Task A_forgotten_password_reset_refuses_a_common_password()
    {
        var session = await fixture.SignUpAsync();
        var admin = await TenantUsers.FindAsync(fixture, session.TenantId, "admin");
        var token = await TenantUsers.InTenantAsync(fixture, session.TenantId, users => users.GeneratePasswordResetTokenAsync(admin));
        var client = fixture.Anonymous();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.PostAsync("/api/account/reset-password", new { tenant = session.Slug, userId = admin.Id, token, newPassword = "Admin1234" });

        await ShouldBeRefusedAsync(response, English);
    }

    [Theory]
    [InlineData("password1")]
    [InlineData("PASSWORD1")]
    [InlineData(" Password1 ")]
    public void The_list_compares_without_case_and_surrounding_spaces(string password) =>
        CommonPasswordList.Contains(password).ShouldBeTrue();

    private static void UseEnglish(ApiClient client) => client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, string title)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:PasswordTooWeak");
        problem.GetProperty("title").GetString().ShouldBe(title);
    }
}

public sealed class CommonPasswordTestsOnSqlite(SqliteApiFixture fixture) : CommonPasswordTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class CommonPasswordTestsOnPostgreSql(PostgreSqlApiFixture fixture) : CommonPasswordTests(fixture), IClassFixture<PostgreSqlApiFixture>;

using System.Net;
using MarketingSaaS.HttpApi.Tests.Host;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>
/// Sign-in tells a guesser nothing: unknown company, unknown user, wrong password and a locked account answer the
/// same 401 after the same work, one password verification (counted by the injected hasher; timing in etc/bench).
/// </summary>
public abstract class SignInDisclosureTests(ApiFixture fixture)
{
    public enum Case { UnknownCompany, UnknownUser, WrongPassword, LockedWithWrongPassword }

    [Theory]
    [InlineData(Case.UnknownCompany)]
    [InlineData(Case.UnknownUser)]
    [InlineData(Case.WrongPassword)]
    [InlineData(Case.LockedWithWrongPassword)]
    public async Task Every_failed_guess_answers_401_invalid_sign_in(Case @case)
    {
        var attempt = await ArrangeAsync(@case);

        var response = await fixture.Anonymous().PostAsync("/api/account/sign-in", attempt);

        (await response.ReadProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:InvalidSignIn");
    }

    [Theory]
    [InlineData(Case.UnknownCompany)]
    [InlineData(Case.UnknownUser)]
    [InlineData(Case.WrongPassword)]
    [InlineData(Case.LockedWithWrongPassword)]
    public async Task Every_failed_guess_verifies_one_password(Case @case)
    {
        var attempt = await ArrangeAsync(@case);
        var verifications = fixture.Services.GetRequiredService<PasswordVerifications>();
        var before = verifications.Count;

        await fixture.Anonymous().PostAsync("/api/account/sign-in", attempt);

        (verifications.Count - before).ShouldBe(1);
    }

    [Fact]
    public async Task A_locked_account_is_named_only_to_the_right_password()
    {
        var session = await fixture.SignUpAsync();
        await LockAsync(session, "locked");

        var response = await session.TrySignInAsync("locked", TestAccounts.UserPassword);

        (await response.ReadProblemAsync(HttpStatusCode.Locked)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:LockedOut");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unknown_host_operator_and_a_wrong_password_both_answer_401_after_one_verification(bool operatorExists)
    {
        var userName = "op-" + Guid.NewGuid().ToString("N")[..8];
        if (operatorExists)
        {
            await HostTestData.CreateHostUserAsync(fixture, userName, "Operator@24680");
        }

        var verifications = fixture.Services.GetRequiredService<PasswordVerifications>();
        var before = verifications.Count;

        var response = await fixture.Anonymous().PostAsync("/api/host/account/sign-in", new { userName, password = "Wrong@24680" });

        (await response.ReadProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:InvalidSignIn");
        (verifications.Count - before).ShouldBe(1);
    }

    private async Task<object> ArrangeAsync(Case @case)
    {
        var session = await fixture.SignUpAsync();
        await session.CreateUserAsync("known", "staff");
        return @case switch
        {
            Case.UnknownCompany => new { tenant = TestAccounts.NewSlug("none"), userName = "known", password = TestAccounts.UserPassword },
            Case.UnknownUser => new { tenant = session.Slug, userName = "nobody", password = TestAccounts.UserPassword },
            Case.WrongPassword => new { tenant = session.Slug, userName = "known", password = "Wrong@24680" },
            _ => await LockedAttemptAsync(session),
        };
    }

    private static async Task<object> LockedAttemptAsync(TenantSession session)
    {
        await LockAsync(session, "locked");
        return new { tenant = session.Slug, userName = "locked", password = "Wrong@24680" };
    }

    private static async Task LockAsync(TenantSession session, string userName)
    {
        var id = (await session.CreateUserAsync(userName, "staff")).GetProperty("id").GetGuid();
        (await session.Admin.PostAsync($"/api/identity/users/{id}/lock", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class SignInDisclosureTestsOnSqlite(CountingHasherSqliteApiFixture fixture) : SignInDisclosureTests(fixture), IClassFixture<CountingHasherSqliteApiFixture>;

public sealed class SignInDisclosureTestsOnPostgreSql(CountingHasherPostgreSqlApiFixture fixture) : SignInDisclosureTests(fixture), IClassFixture<CountingHasherPostgreSqlApiFixture>;

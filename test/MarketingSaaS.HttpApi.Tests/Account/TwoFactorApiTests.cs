using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

public abstract class TwoFactorApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Status_gives_a_stable_key_and_an_otpauth_uri_while_two_factor_is_off()
    {
        var session = await fixture.SignUpAsync();

        var first = await session.Admin.GetJsonAsync<JsonElement>("/api/account/two-factor");
        var second = await session.Admin.GetJsonAsync<JsonElement>("/api/account/two-factor");

        first.GetProperty("isEnabled").GetBoolean().ShouldBeFalse();
        var key = first.GetProperty("sharedKey").GetString()!;
        TotpCodes.Base32Decode(key).Length.ShouldBeGreaterThanOrEqualTo(20);
        second.GetProperty("sharedKey").GetString().ShouldBe(key);
        first.GetProperty("authenticatorUri").GetString().ShouldBe(
            $"otpauth://totp/MarketingSaaS:{Uri.EscapeDataString($"admin@{session.Slug}.test")}?secret={key}&issuer=MarketingSaaS");
    }

    [Fact]
    public async Task A_wrong_code_does_not_enable_two_factor()
    {
        var session = await fixture.SignUpAsync();
        var key = await SharedKeyAsync(session.Admin);

        var response = await session.Admin.PostAsync("/api/account/two-factor/enable", new { code = TotpCodes.Wrong(key) });

        (await response.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:InvalidTwoFactorCode");
        var status = await session.Admin.GetJsonAsync<JsonElement>("/api/account/two-factor");
        status.GetProperty("isEnabled").GetBoolean().ShouldBeFalse();
        (await SignInAsync(session.Slug, code: null)).StatusCode.ShouldBe(HttpStatusCode.OK, "two-factor must still be off");
    }

    [Fact]
    public async Task With_two_factor_on_sign_in_needs_the_current_code()
    {
        var session = await fixture.SignUpAsync();
        var key = await EnableAsync(session.Admin);

        var withoutCode = await SignInAsync(session.Slug, code: null);
        (await withoutCode.ReadProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:TwoFactorRequired");

        var wrongCode = await SignInAsync(session.Slug, TotpCodes.Wrong(key));
        (await wrongCode.ReadProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:InvalidTwoFactorCode");

        var rightCode = await SignInAsync(session.Slug, TotpCodes.Current(key));
        var token = (await rightCode.ReadAsAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = new ApiClient(fixture.Factory.CreateClient(), accessToken: token);
        var me = await client.GetJsonAsync<JsonElement>("/api/account/me");
        me.GetProperty("twoFactorEnabled").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task While_two_factor_is_on_the_key_is_not_shown_again()
    {
        var session = await fixture.SignUpAsync();
        var key = await EnableAsync(session.Admin);
        var admin = await SignInWithCodeAsync(session.Slug, key);

        var status = await admin.GetJsonAsync<JsonElement>("/api/account/two-factor");

        status.GetProperty("isEnabled").GetBoolean().ShouldBeTrue();
        status.GetProperty("sharedKey").ValueKind.ShouldBe(JsonValueKind.Null);
        status.GetProperty("authenticatorUri").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_right_code_ends_a_streak_of_wrong_codes()
    {
        var session = await fixture.SignUpAsync();
        var key = await EnableAsync(session.Admin);
        for (var i = 0; i < 4; i++)
        {
            (await SignInAsync(session.Slug, TotpCodes.Wrong(key))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await SignInAsync(session.Slug, TotpCodes.Current(key))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await SignInAsync(session.Slug, TotpCodes.Wrong(key))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(session.Slug, TotpCodes.Current(key))).StatusCode.ShouldBe(HttpStatusCode.OK, "one wrong code after a success must not lock the account");
    }

    [Fact]
    public async Task Disabling_needs_the_password_and_gives_a_new_key()
    {
        var session = await fixture.SignUpAsync();
        var oldKey = await EnableAsync(session.Admin);
        var admin = await SignInWithCodeAsync(session.Slug, oldKey);

        var wrong = await admin.PostAsync("/api/account/two-factor/disable", new { password = "Wrong@12345" });
        (await wrong.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:WrongPassword");
        (await SignInAsync(session.Slug, code: null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var status = await (await admin.PostAsync("/api/account/two-factor/disable", new { password = TestAccounts.AdminPassword })).ReadAsAsync<JsonElement>();

        status.GetProperty("isEnabled").GetBoolean().ShouldBeFalse();
        status.GetProperty("sharedKey").GetString().ShouldNotBe(oldKey);
        (await SignInAsync(session.Slug, code: null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_factor_endpoints_require_sign_in()
    {
        var anonymous = fixture.Anonymous();

        (await anonymous.GetAsync("/api/account/two-factor")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync("/api/account/two-factor/enable", new { code = "123456" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync("/api/account/two-factor/disable", new { password = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<string> EnableAsync(ApiClient admin)
    {
        var key = await SharedKeyAsync(admin);
        var status = await (await admin.PostAsync("/api/account/two-factor/enable", new { code = TotpCodes.Current(key) })).ReadAsAsync<JsonElement>();
        status.GetProperty("isEnabled").GetBoolean().ShouldBeTrue();
        return key;
    }

    private static async Task<string> SharedKeyAsync(ApiClient admin) =>
        (await admin.GetJsonAsync<JsonElement>("/api/account/two-factor")).GetProperty("sharedKey").GetString()!;

    /// <summary>Turning two-factor on renews the security stamp, which ends bearer tokens: the admin signs in again.</summary>
    private async Task<ApiClient> SignInWithCodeAsync(string slug, string key)
    {
        var token = await (await SignInAsync(slug, TotpCodes.Current(key))).ReadAsAsync<JsonElement>();
        return new ApiClient(fixture.Factory.CreateClient(), accessToken: token.GetProperty("accessToken").GetString());
    }

    private Task<HttpResponseMessage> SignInAsync(string slug, string? code) =>
        fixture.Anonymous().PostAsync("/api/account/sign-in", new { tenant = slug, userName = "admin", password = TestAccounts.AdminPassword, twoFactorCode = code });
}

public sealed class TwoFactorApiTestsOnSqlite(SqliteApiFixture fixture) : TwoFactorApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class TwoFactorApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : TwoFactorApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

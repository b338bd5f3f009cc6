using System.Buffers.Binary;
using System.Net;
using MarketingSaaS.Identity;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

public abstract class PasswordPolicyApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_new_users_password_is_stored_as_pbkdf2_with_at_least_210000_iterations()
    {
        var session = await fixture.SignUpAsync();

        var admin = await TenantUsers.FindAsync(fixture, session.TenantId, "admin");

        AssertOwaspPbkdf2(admin.PasswordHash!);
    }

    [Fact]
    public async Task A_changed_password_is_stored_the_same_way()
    {
        var session = await fixture.SignUpAsync();
        var before = (await TenantUsers.FindAsync(fixture, session.TenantId, "admin")).PasswordHash;

        (await session.Admin.PostAsync("/api/account/change-password", new { currentPassword = TestAccounts.AdminPassword, newPassword = "Changed@12345" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var after = (await TenantUsers.FindAsync(fixture, session.TenantId, "admin")).PasswordHash!;
        after.ShouldNotBe(before);
        AssertOwaspPbkdf2(after);
    }

    [Theory]
    [InlineData("Ab1defg", "en", "The password is too weak: Use at least 8 characters.")]
    [InlineData("Ab1defg", "zh-Hans", "密码强度不足：密码至少需要 8 个字符。")]
    [InlineData("Abcdefghij", "en", "The password is too weak: Use at least one digit (0-9).")]
    [InlineData("Abcdefghij", "zh-Hans", "密码强度不足：密码至少需要一个数字（0-9）。")]
    [InlineData("abcdefgh1", "en", "The password is too weak: Use at least one upper-case letter (A-Z).")]
    [InlineData("abcdefgh1", "zh-Hans", "密码强度不足：密码至少需要一个大写字母（A-Z）。")]
    public async Task Sign_up_with_a_weak_password_answers_400_with_the_reason_in_the_requests_language(string password, string language, string title)
    {
        var slug = TestAccounts.NewSlug();
        var client = fixture.Anonymous();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await client.PostAsync("/api/account/sign-up", new { companyName = "Company", slug, adminName = "Admin", email = $"admin@{slug}.test", password });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:PasswordTooWeak");
        problem.GetProperty("title").GetString().ShouldBe(title);
    }

    [Theory]
    [InlineData("en", "Use at least 8 characters.", "Use at least one digit (0-9).", "Use at least one upper-case letter (A-Z).")]
    [InlineData("zh-Hans", "密码至少需要 8 个字符。", "密码至少需要一个数字（0-9）。", "密码至少需要一个大写字母（A-Z）。")]
    public async Task Every_broken_rule_is_named(string language, params string[] reasons)
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await session.Admin.PostAsync("/api/account/change-password", new { currentPassword = TestAccounts.AdminPassword, newPassword = "abc" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:PasswordTooWeak");
        var title = problem.GetProperty("title").GetString()!;
        foreach (var reason in reasons)
        {
            title.ShouldContain(reason);
        }
    }

    /// <summary>Identity's V3 format: 0x01, then PRF, iteration count and salt length as big-endian uint32, then salt and subkey.</summary>
    private static void AssertOwaspPbkdf2(string passwordHash)
    {
        var bytes = Convert.FromBase64String(passwordHash);
        bytes[0].ShouldBe((byte)0x01, "V3 (PBKDF2) format marker");
        var prf = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1, 4));
        prf.ShouldBe(2u, "HMAC-SHA512 (KeyDerivationPrf.HMACSHA512), the PRF the 210,000 iterations are chosen for");
        var iterations = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
        iterations.ShouldBeGreaterThanOrEqualTo(210_000u);
        iterations.ShouldBe((uint)IdentityConsts.PasswordHashIterations);
        var saltLength = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9, 4));
        saltLength.ShouldBeGreaterThanOrEqualTo(16u);
        (bytes.Length - 13 - (int)saltLength).ShouldBeGreaterThanOrEqualTo(32, "derived subkey of at least 256 bits");
    }
}

public sealed class PasswordPolicyApiTestsOnSqlite(ProductionHashingSqliteApiFixture fixture) : PasswordPolicyApiTests(fixture), IClassFixture<ProductionHashingSqliteApiFixture>;

public sealed class PasswordPolicyApiTestsOnPostgreSql(ProductionHashingPostgreSqlApiFixture fixture) : PasswordPolicyApiTests(fixture), IClassFixture<ProductionHashingPostgreSqlApiFixture>;

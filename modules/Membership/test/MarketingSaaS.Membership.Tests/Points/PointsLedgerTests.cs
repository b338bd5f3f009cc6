using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.Membership.Tests.MembershipRequests;

namespace MarketingSaaS.Membership.Tests.Points;

/// <summary>The points ledger's rules (docs/modules/membership.md, "Points"); the balance is always the sum of the statement.</summary>
public abstract class PointsLedgerTests(ApiFixture fixture)
{
    private DateTimeOffset Now => fixture.Factory.Clock.GetUtcNow();

    [Fact]
    public async Task A_purchase_earns_one_point_per_amount_of_the_company_setting_rounded_down()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Buyer");
        await session.Admin.RecordPurchaseAsync(member.Id(), 199.90m, Now.AddDays(-1));
        (await session.Admin.PutSettingAsync("Membership.AmountPerPoint", "5")).EnsureSuccessStatusCode();
        await session.Admin.RecordPurchaseAsync(member.Id(), 100m, Now.AddDays(-1));

        var statement = await session.Admin.StatementAsync(member.Id());

        Entries(statement).ShouldBe([("Earn", 19), ("Earn", 20)]);
        BalanceIsTheSum(statement, 39);
    }

    [Fact]
    public async Task A_redemption_spends_the_earliest_expiring_points_first_and_expired_points_never_count()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Buyer");
        await session.Admin.RecordPurchaseAsync(member.Id(), 200m, Now.AddDays(-1));
        await session.Admin.RecordPurchaseAsync(member.Id(), 100m, Now.AddDays(-300));
        (await session.Admin.RedeemAsync(member.Id(), 5)).StatusCode.ShouldBe(HttpStatusCode.OK);

        fixture.Factory.Clock.Advance(TimeSpan.FromDays(70));
        var admin = await session.SignInAsync("admin", TestAccounts.AdminPassword);
        var statement = await admin.StatementAsync(member.Id());
        var tooMany = await admin.RedeemAsync(member.Id(), 21);

        BalanceIsTheSum(statement, 20);
        Entries(statement).ShouldBe([("Earn", 10), ("Earn", 20), ("Redeem", -5), ("Expire", -5)]);
        await tooMany.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Membership:InsufficientPoints");
        await (await admin.RedeemAsync(member.Id(), 20)).ReadJsonAsync(HttpStatusCode.OK);
        BalanceIsTheSum(await admin.StatementAsync(member.Id()), 0);
    }

    [Fact]
    public async Task Points_of_a_purchase_recorded_after_their_expiry_never_count()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Buyer");

        await session.Admin.RecordPurchaseAsync(member.Id(), 100m, Now.AddMonths(-13));

        var statement = await session.Admin.StatementAsync(member.Id());
        Entries(statement).ShouldBe([("Earn", 10), ("Expire", -10)]);
        BalanceIsTheSum(statement, 0);
    }

    [Fact]
    public async Task A_refund_after_partial_spending_takes_the_balance_to_zero_and_records_the_shortfall()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Buyer");
        var purchase = await session.Admin.RecordPurchaseAsync(member.Id(), 100m, Now.AddDays(-2));
        (await session.Admin.RedeemAsync(member.Id(), 8)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await session.Admin.RefundAsync(member.Id(), purchase.Id(), 100m)).ReadJsonAsync(HttpStatusCode.Created);

        var statement = await session.Admin.StatementAsync(member.Id());
        BalanceIsTheSum(statement, 0);
        var reversal = statement.GetProperty("entries").EnumerateArray().Last();
        reversal.GetProperty("kind").GetString().ShouldBe("Reverse");
        reversal.GetProperty("points").GetInt32().ShouldBe(-2);
        reversal.GetProperty("shortfall").GetInt32().ShouldBe(8);
    }

    [Fact]
    public async Task A_partial_refund_reverses_its_share_of_the_points_and_a_second_one_the_rest()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Buyer");
        var purchase = await session.Admin.RecordPurchaseAsync(member.Id(), 100m, Now.AddDays(-2));
        await session.Admin.RecordPurchaseAsync(member.Id(), 50m, Now.AddDays(-1));

        await (await session.Admin.RefundAsync(member.Id(), purchase.Id(), 50m)).ReadJsonAsync(HttpStatusCode.Created);
        BalanceIsTheSum(await session.Admin.StatementAsync(member.Id()), 10);
        await (await session.Admin.RefundAsync(member.Id(), purchase.Id(), 50m)).ReadJsonAsync(HttpStatusCode.Created);

        var statement = await session.Admin.StatementAsync(member.Id());
        Entries(statement).ShouldBe([("Earn", 10), ("Earn", 5), ("Reverse", -5), ("Reverse", -5)]);
        BalanceIsTheSum(statement, 5);
    }

    [Fact]
    public async Task Redeeming_zero_points_answers_400()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Buyer");

        Fields(await (await session.Admin.RedeemAsync(member.Id(), 0)).ReadProblemAsync(HttpStatusCode.BadRequest)).ShouldBe(["points"]);
    }

    internal static (string Kind, int Points)[] Entries(JsonElement statement) =>
        [.. statement.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("kind").GetString()!, e.GetProperty("points").GetInt32()))];

    internal static void BalanceIsTheSum(JsonElement statement, int expected)
    {
        statement.GetProperty("balance").GetInt32().ShouldBe(expected);
        statement.GetProperty("entries").EnumerateArray().Sum(e => e.GetProperty("points").GetInt32()).ShouldBe(expected);
    }
}

public sealed class PointsLedgerTestsOnSqlite(SqliteApiFixture fixture) : PointsLedgerTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PointsLedgerTestsOnPostgreSql(PostgreSqlApiFixture fixture) : PointsLedgerTests(fixture), IClassFixture<PostgreSqlApiFixture>;

/// <summary>PostgreSQL: two redemptions at the same moment cannot spend the same points.</summary>
public sealed class ConcurrentRedemptionTests(PostgreSqlApiFixture fixture) : IClassFixture<PostgreSqlApiFixture>
{
    [Fact]
    public async Task Two_parallel_redemptions_of_most_of_the_balance_let_one_through()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Buyer");
        await session.Admin.RecordPurchaseAsync(member.Id(), 100m, fixture.Factory.Clock.GetUtcNow().AddDays(-1));
        var second = await session.SignInAsync("admin", TestAccounts.AdminPassword);

        var answers = await Task.WhenAll(session.Admin.RedeemAsync(member.Id(), 7), second.RedeemAsync(member.Id(), 7));

        answers.Select(a => (int)a.StatusCode).Order().ShouldBe([200, 422]);
        PointsLedgerTests.BalanceIsTheSum(await session.Admin.StatementAsync(member.Id()), 3);
    }
}

using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.Membership.Tests.MembershipRequests;

namespace MarketingSaaS.Membership.Tests.Purchases;

/// <summary>Purchases (UTC date, decimal amount in the company currency, category) and refunds (never more than what is left).</summary>
public abstract class PurchaseApiTests(ApiFixture fixture)
{
    private DateTimeOffset Now => fixture.Factory.Clock.GetUtcNow();

    [Fact]
    public async Task A_purchase_is_recorded_in_the_company_currency_at_its_utc_time_and_listed_latest_first()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Buyer");
        var inShanghai = Now.AddDays(-2).ToOffset(TimeSpan.FromHours(8));
        await session.Admin.RecordPurchaseAsync(member.Id(), 199.90m, inShanghai, "Tea");
        await session.Admin.RecordPurchaseAsync(member.Id(), 5m, Now.AddDays(-1));

        var page = await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}/{member.Id()}/purchases");

        page.GetProperty("totalCount").GetInt64().ShouldBe(2);
        var older = page.GetProperty("items")[1];
        older.GetProperty("amount").GetDecimal().ShouldBe(199.90m);
        older.GetProperty("currency").GetString().ShouldBe("CNY");
        older.GetProperty("category").GetString().ShouldBe("Tea");
        older.GetProperty("purchasedAt").GetDateTimeOffset().ShouldBe(inShanghai);
        older.GetProperty("purchasedAt").GetDateTimeOffset().Offset.ShouldBe(TimeSpan.Zero);
        page.GetProperty("items")[0].GetProperty("amount").GetDecimal().ShouldBe(5m);
    }

    [Fact]
    public async Task The_currency_comes_from_the_company_settings()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        (await session.Admin.PutSettingAsync("Platform.Currency", "USD")).EnsureSuccessStatusCode();
        var member = await session.Admin.CreateMemberAsync("Buyer");

        var purchase = await session.Admin.RecordPurchaseAsync(member.Id(), 12.5m, Now.AddHours(-1));

        purchase.GetProperty("currency").GetString().ShouldBe("USD");
    }

    [Fact]
    public async Task Refunds_may_take_what_is_left_and_no_more()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Buyer");
        var purchase = await session.Admin.RecordPurchaseAsync(member.Id(), 100m, Now.AddDays(-1));

        await (await session.Admin.RefundAsync(member.Id(), purchase.Id(), 60.50m)).ReadJsonAsync(HttpStatusCode.Created);
        var tooMuch = await (await session.Admin.InLanguage("en").RefundAsync(member.Id(), purchase.Id(), 39.51m)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        var tooMuchZh = await (await session.Admin.InLanguage("zh-Hans").RefundAsync(member.Id(), purchase.Id(), 39.51m)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await session.Admin.RefundAsync(member.Id(), purchase.Id(), 39.50m)).ReadJsonAsync(HttpStatusCode.Created);

        tooMuch.GetProperty("code").GetString().ShouldBe("Membership:RefundExceedsPurchase");
        tooMuch.GetProperty("title").GetString().ShouldBe("The refund is more than what is left of the purchase (39.50 CNY).");
        tooMuchZh.GetProperty("title").GetString().ShouldBe("退款金额超过该笔购买的剩余金额（39.50 CNY）。");
        var read = (await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}/{member.Id()}/purchases")).GetProperty("items")[0];
        read.GetProperty("refundedAmount").GetDecimal().ShouldBe(100m);
        read.GetProperty("remainingAmount").GetDecimal().ShouldBe(0m);
        var refunds = await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}/{member.Id()}/purchases/{purchase.Id()}/refunds");
        refunds.EnumerateArray().Select(r => r.GetProperty("amount").GetDecimal()).ShouldBe([60.50m, 39.50m]);
    }

    [Fact]
    public async Task A_purchase_dated_in_the_future_answers_422()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Buyer");

        var response = await session.Admin.PostAsync($"{MembersApi}/{member.Id()}/purchases", new { purchasedAt = Now.AddMinutes(5), amount = 10m });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Membership:PurchaseInFuture");
    }

    [Fact]
    public async Task Invalid_purchases_and_refunds_answer_400_with_field_errors()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Buyer");
        var purchase = await session.Admin.RecordPurchaseAsync(member.Id(), 10m, Now.AddDays(-1));

        var noDate = await (await session.Admin.PostAsync($"{MembersApi}/{member.Id()}/purchases", new { amount = 0m, category = new string('c', 65) })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var fraction = await (await session.Admin.PostAsync($"{MembersApi}/{member.Id()}/purchases", new { purchasedAt = Now.AddDays(-1), amount = 1.001m })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var negative = await (await session.Admin.RefundAsync(member.Id(), purchase.Id(), -1m)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Fields(noDate).Order(StringComparer.Ordinal).ShouldBe(["amount", "category", "purchasedAt"]);
        Fields(fraction).ShouldBe(["amount"]);
        Fields(negative).ShouldBe(["amount"]);
        (await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}/{member.Id()}/purchases")).GetProperty("totalCount").GetInt64().ShouldBe(1);
    }
}

public sealed class PurchaseApiTestsOnSqlite(SqliteApiFixture fixture) : PurchaseApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PurchaseApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : PurchaseApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

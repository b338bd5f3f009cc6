using System.Net;
using System.Text.Json;
using MarketingSaaS.Membership.Members;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.Membership.Tests.MembershipRequests;

namespace MarketingSaaS.Membership.Tests.Members;

/// <summary>Phone, e-mail, address and birthday: masked in list and get without Membership.Members.PersonalData.</summary>
public abstract class PersonalDataMaskingTests(ApiFixture fixture)
{
    [Fact]
    public async Task Staff_see_personal_data_masked_in_the_list_and_in_one_member()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Li Na", "13812345678", "li.na@example.com");
        var staff = await session.StaffAsync();

        var listed = (await staff.GetJsonAsync<JsonElement>(MembersApi)).GetProperty("items")[0];
        var read = await staff.GetJsonAsync<JsonElement>($"{MembersApi}/{member.Id()}");

        foreach (var m in new[] { listed, read })
        {
            m.GetProperty("phone").GetString().ShouldBe("138****5678");
            m.GetProperty("email").GetString().ShouldBe("l***@example.com");
            m.GetProperty("address").GetString().ShouldBe("上海市浦东新****");
            m.GetProperty("birthday").ValueKind.ShouldBe(JsonValueKind.Null);
            m.GetProperty("personalDataMasked").GetBoolean().ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Holders_of_the_permission_see_it_unmasked()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        await session.Admin.CreateMemberAsync("Li Na", "13812345678", "li.na@example.com");

        var listed = (await session.Admin.GetJsonAsync<JsonElement>(MembersApi)).GetProperty("items")[0];

        listed.GetProperty("phone").GetString().ShouldBe("13812345678");
        listed.GetProperty("email").GetString().ShouldBe("li.na@example.com");
        listed.GetProperty("address").GetString().ShouldBe("上海市浦东新区世纪大道100号");
        listed.GetProperty("birthday").GetString().ShouldBe("1984-05-17");
    }

    [Fact]
    public async Task An_edit_by_staff_changes_the_rest_and_keeps_the_personal_data()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Li Na", "13812345678", "li.na@example.com");
        var staff = await session.StaffAsync();
        var masked = await staff.GetJsonAsync<JsonElement>($"{MembersApi}/{member.Id()}");

        await (await staff.PutAsync($"{MembersApi}/{member.Id()}", new
        {
            kind = "Person",
            name = "Li Na (VIP)",
            phone = (string?)null,
            email = "x@y.example",
            concurrencyStamp = masked.GetProperty("concurrencyStamp").GetString(),
        })).ReadJsonAsync(HttpStatusCode.OK);
        var read = await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}/{member.Id()}");

        read.GetProperty("name").GetString().ShouldBe("Li Na (VIP)");
        read.GetProperty("phone").GetString().ShouldBe("13812345678");
        read.GetProperty("email").GetString().ShouldBe("li.na@example.com");
        read.GetProperty("birthday").GetString().ShouldBe("1984-05-17");
    }

    [Fact]
    public async Task Staff_may_not_delete_members()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Kept");
        var staff = await session.StaffAsync();

        (await staff.DeleteAsync($"{MembersApi}/{member.Id()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class PersonalDataMaskingTestsOnSqlite(SqliteApiFixture fixture) : PersonalDataMaskingTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PersonalDataMaskingTestsOnPostgreSql(PostgreSqlApiFixture fixture) : PersonalDataMaskingTests(fixture), IClassFixture<PostgreSqlApiFixture>;

/// <summary>The masking format itself (docs/modules/membership.md, "Masking").</summary>
public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+86 138-1234-5678", "+86****5678")]
    [InlineData("12345", "****45")]
    public void A_phone_keeps_its_first_three_and_last_four_digits(string phone, string masked) =>
        PersonalDataMask.Phone(phone).ShouldBe(masked);

    [Theory]
    [InlineData("li.na@example.com", "l***@example.com")]
    [InlineData("x@a.cn", "x***@a.cn")]
    public void An_email_keeps_its_first_character_and_its_domain(string email, string masked) =>
        PersonalDataMask.Email(email).ShouldBe(masked);

    [Fact]
    public void A_short_address_is_all_stars() => PersonalDataMask.Address("北京").ShouldBe("****");
}

using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.Membership.Tests.MembershipRequests;

namespace MarketingSaaS.Membership.Tests.Members;

/// <summary>MembersApi: create, read, list with filters and paging, change (409 on a stale stamp), delete, validation, duplicates.</summary>
public abstract class MemberApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_company_member_is_created_with_its_fields_and_read_back()
    {
        var session = await fixture.SignUpWithMembershipAsync();

        var created = await (await session.Admin.PostAsync(MembersApi, new
        {
            kind = "Company",
            name = "  星辰科技  ",
            industry = "Software",
            region = "East China",
            size = "100-499",
            phone = "021-6888 1234",
            email = "buyer@xingchen.example",
            tags = new[] { "vip", "b2b", "vip" },
            source = "utm_source=expo",
            notes = "Met at the expo",
        })).ReadJsonAsync(HttpStatusCode.Created);
        var read = await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}/{created.Id()}");

        read.GetProperty("name").GetString().ShouldBe("星辰科技");
        read.GetProperty("kind").GetString().ShouldBe("Company");
        read.GetProperty("industry").GetString().ShouldBe("Software");
        read.GetProperty("size").GetString().ShouldBe("100-499");
        read.GetProperty("phone").GetString().ShouldBe("021-6888 1234");
        read.GetProperty("personalDataMasked").GetBoolean().ShouldBeFalse();
        read.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["b2b", "vip"]);
        read.GetProperty("source").GetString().ShouldBe("utm_source=expo");
    }

    [Fact]
    public async Task The_list_filters_by_text_tag_and_owner_and_pages()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var admin = await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users");
        var adminId = admin.GetProperty("items")[0].Id();
        await (await session.Admin.PostAsync(MembersApi, Person("Wang Fang", "13900001111", "wang@example.com", ["vip"], adminId))).ReadJsonAsync(HttpStatusCode.Created);
        await session.Admin.CreateMemberAsync("Li Lei", "13900002222", "lilei@example.com", ["vip", "new"]);
        await session.Admin.CreateMemberAsync("Zhao Min", "13900003333", "zhao@sample.org");

        Names(await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}?filter=li")).ShouldBe(["Li Lei"]);
        Names(await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}?filter=139-0000-3333")).ShouldBe(["Zhao Min"]);
        Names(await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}?filter=sample.org")).ShouldBe(["Zhao Min"]);
        Names(await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}?tag=vip")).ShouldBe(["Li Lei", "Wang Fang"]);
        Names(await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}?ownerId={adminId}")).ShouldBe(["Wang Fang"]);
        var second = await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}?skipCount=1&maxResultCount=1");
        Names(second).ShouldBe(["Wang Fang"]);
        second.GetProperty("totalCount").GetInt64().ShouldBe(3);
    }

    [Fact]
    public async Task An_edit_changes_the_member_and_a_stale_stamp_answers_409()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Before", "13800000001", tags: ["old"]);
        var stamp = member.GetProperty("concurrencyStamp").GetString();

        var changed = await (await session.Admin.PutAsync($"{MembersApi}/{member.Id()}", new
        {
            kind = "Person", name = "After", phone = "13800000009", tags = new[] { "new" }, concurrencyStamp = stamp,
        })).ReadJsonAsync(HttpStatusCode.OK);
        var stale = await session.Admin.PutAsync($"{MembersApi}/{member.Id()}", new { kind = "Person", name = "Stale", concurrencyStamp = stamp });

        changed.GetProperty("name").GetString().ShouldBe("After");
        changed.GetProperty("phone").GetString().ShouldBe("13800000009");
        changed.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["new"]);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await session.Admin.GetJsonAsync<JsonElement>($"{MembersApi}/{member.Id()}")).GetProperty("name").GetString().ShouldBe("After");
    }

    [Fact]
    public async Task A_deleted_member_is_gone()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var member = await session.Admin.CreateMemberAsync("Leaving");

        (await session.Admin.DeleteAsync($"{MembersApi}/{member.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await session.Admin.GetAsync($"{MembersApi}/{member.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await session.Admin.GetJsonAsync<JsonElement>(MembersApi)).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Invalid_fields_answer_400_with_one_error_each()
    {
        var session = await fixture.SignUpWithMembershipAsync();

        var problem = await (await session.Admin.PostAsync(MembersApi, new
        {
            kind = "Person",
            name = "",
            phone = "call me",
            email = "not-an-address",
            notes = new string('x', 4001),
        })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Fields(problem).Order(StringComparer.Ordinal).ShouldBe(["email", "name", "notes", "phone"]);
        (await session.Admin.GetJsonAsync<JsonElement>(MembersApi)).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task A_too_long_tag_answers_400_on_tags()
    {
        var session = await fixture.SignUpWithMembershipAsync();

        var problem = await (await session.Admin.PostAsync(MembersApi, Person("Tagged", tags: [new string('t', 33)]))).ReadProblemAsync(HttpStatusCode.BadRequest);

        Fields(problem).ShouldBe(["tags"]);
    }

    [Fact]
    public async Task A_duplicate_phone_answers_422_naming_the_existing_member_in_both_languages()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        await session.Admin.CreateMemberAsync("Wang Fang", "+86 138 0013 8000");

        var en = await (await session.Admin.InLanguage("en").PostAsync(MembersApi, Person("Copy", "+86-13800138000"))).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        var zh = await (await session.Admin.InLanguage("zh-Hans").PostAsync(MembersApi, Person("Copy", "+8613800138000"))).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        en.GetProperty("code").GetString().ShouldBe("Membership:DuplicatePhone");
        en.GetProperty("title").GetString().ShouldBe("The member Wang Fang already has this phone number.");
        zh.GetProperty("title").GetString().ShouldBe("会员“Wang Fang”已使用该电话号码。");
    }

    [Fact]
    public async Task A_duplicate_email_in_another_case_answers_422()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        await session.Admin.CreateMemberAsync("Li Na", email: "li.na@example.com");

        var problem = await (await session.Admin.InLanguage("en").PostAsync(MembersApi, Person("Copy", email: "LI.NA@Example.com"))).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("title").GetString().ShouldBe("The member Li Na already has this e-mail address.");
    }

    [Fact]
    public async Task The_same_phone_in_another_company_is_no_duplicate()
    {
        var a = await fixture.SignUpWithMembershipAsync();
        var b = await fixture.SignUpWithMembershipAsync();
        await a.Admin.CreateMemberAsync("In A", "13800138000");

        (await b.Admin.PostAsync(MembersApi, Person("In B", "13800138000"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_owner_who_is_no_user_of_the_company_answers_422()
    {
        var session = await fixture.SignUpWithMembershipAsync();

        await (await session.Admin.PostAsync(MembersApi, Person("Owned", ownerId: Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Membership:OwnerNotFound");
    }
}

public sealed class MemberApiTestsOnSqlite(SqliteApiFixture fixture) : MemberApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class MemberApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : MemberApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MarketingSaaS.Features;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity.Imports;

/// <summary>CSV and Excel user import: all or nothing, every bad row reported, invitations instead of passwords, limits as 400.</summary>
public abstract class UserImportApiTests(ApiFixture fixture)
{
    private const string Import = "/api/identity/users/import";
    private const string Header = "user_name,email,family_name,given_name,roles,position,language";

    [Fact]
    public async Task A_good_csv_invites_every_row_with_its_roles_and_a_dry_run_invites_nobody()
    {
        var session = await fixture.SignUpAsync();
        var csv = $"{Header}\r\nlina,li.na@{session.Slug}.test,李,娜,staff,,zh-Hans\r\nwzhang,wei.zhang@{session.Slug}.test,Zhang,Wei,staff;marketing-head,,en\r\n";

        var preview = await (await PostCsvAsync(session.Admin, csv, dryRun: true)).ReadJsonAsync(HttpStatusCode.OK);
        preview.GetProperty("invitedCount").GetInt32().ShouldBe(0);
        preview.GetProperty("rows").GetArrayLength().ShouldBe(2);
        (await session.Admin.GetJsonAsync<JsonElement[]>("/api/identity/invitations")).ShouldBeEmpty();

        var result = await (await PostCsvAsync(session.Admin, csv)).ReadJsonAsync(HttpStatusCode.OK);

        result.GetProperty("invitedCount").GetInt32().ShouldBe(2);
        var invitations = await session.Admin.GetJsonAsync<JsonElement[]>("/api/identity/invitations");
        var wei = invitations.Single(i => i.GetProperty("email").GetString() == $"wei.zhang@{session.Slug}.test");
        wei.GetProperty("displayName").GetString().ShouldBe("Wei Zhang");
        wei.GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()).ShouldBe(["staff", "marketing-head"], ignoreOrder: true);
        invitations.Single(i => i.GetProperty("email").GetString() == $"li.na@{session.Slug}.test").GetProperty("displayName").GetString().ShouldBe("李娜");
    }

    [Fact]
    public async Task A_good_xlsx_workbook_invites_its_rows()
    {
        var session = await fixture.SignUpAsync();
        var file = Workbooks.Create(
            ["User name", "E-mail", "Family name", "Given name", "Roles"],
            ["lina", $"li.na@{session.Slug}.test", "李", "娜", "staff"],
            [],
            ["hmei", $"han.mei@{session.Slug}.test", "韩", "梅", ""]);

        var response = await PostAsync(session.Admin, file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        var result = await response.ReadJsonAsync(HttpStatusCode.OK);
        result.GetProperty("invitedCount").GetInt32().ShouldBe(2);
        result.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()).ShouldBe([2, 4]);
        (await session.Admin.GetJsonAsync<JsonElement[]>("/api/identity/invitations")).Length.ShouldBe(2);
    }

    [Fact]
    public async Task Bad_rows_answer_400_with_every_row_and_column_in_the_callers_language_and_import_nothing()
    {
        var session = await fixture.SignUpAsync();
        var csv = string.Join("\r\n",
            Header,
            $"lina,li.na@{session.Slug}.test,李,娜,staff,,",
            ",not-an-email,王,,no-such-role,,fr",
            $"LINA,other@{session.Slug}.test,李,四,,no-such-position,",
            $"admin,admin@{session.Slug}.test,管,理,,,");
        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");

        var problem = await (await PostCsvAsync(session.Admin, csv)).ReadProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(
            ["row 3: user_name", "row 3: email", "row 3: given_name", "row 3: roles", "row 3: language", "row 4: user_name", "row 4: position", "row 5: user_name", "row 5: email"],
            ignoreOrder: true);
        errors.GetProperty("row 3: roles")[0].GetString().ShouldBe("不存在角色“no-such-role”。");
        errors.GetProperty("row 4: user_name")[0].GetString().ShouldBe("“LINA”已出现在文件的第 2 行。");
        errors.GetProperty("row 4: position")[0].GetString().ShouldBe("组织架构中不存在名为“no-such-position”的岗位。");
        (await session.Admin.GetJsonAsync<JsonElement[]>("/api/identity/invitations")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_empty_file_a_header_without_rows_and_a_missing_column_answer_400()
    {
        var session = await EnglishSessionAsync();

        (await FileErrorAsync(await PostCsvAsync(session.Admin, ""))).ShouldBe("The file has no data rows under its header row.");
        (await FileErrorAsync(await PostCsvAsync(session.Admin, Header + "\r\n\r\n"))).ShouldBe("The file has no data rows under its header row.");
        (await FileErrorAsync(await PostCsvAsync(session.Admin, "user_name,email\r\na,a@b.test\r\n"))).ShouldBe("The header row lacks the column(s): family_name, given_name, roles.");
        (await FileErrorAsync(await PostCsvAsync(session.Admin, Header + ",salary\r\n"))).ShouldStartWith("The header row has an unknown column 'salary'.");
    }

    [Fact]
    public async Task A_file_of_another_type_answers_400()
    {
        var session = await EnglishSessionAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        byte[] zipOfNothing = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0];
        const string unreadable = "The file is neither a CSV file in UTF-8 nor an Excel workbook (.xlsx).";

        (await FileErrorAsync(await PostAsync(session.Admin, png, "image/png"))).ShouldBe(unreadable);
        (await FileErrorAsync(await PostAsync(session.Admin, zipOfNothing, "application/zip"))).ShouldBe(unreadable);
        (await FileErrorAsync(await PostAsync(session.Admin, Encoding.Unicode.GetBytes(Header), "text/csv"))).ShouldBe(unreadable);
    }

    [Fact]
    public async Task Too_many_rows_and_too_many_bytes_answer_400_not_500()
    {
        var session = await EnglishSessionAsync();
        var rows = Enumerable.Range(1, 501).Select(i => $"u{i},u{i}@{session.Slug}.test,F,G,staff,,");
        var tooLarge = new byte[(1024 * 1024) + 1];
        Array.Fill(tooLarge, (byte)'a');

        (await FileErrorAsync(await PostCsvAsync(session.Admin, Header + "\r\n" + string.Join("\r\n", rows)))).ShouldStartWith("The file has more data rows than one import allows (maximum: 500).");
        (await FileErrorAsync(await PostAsync(session.Admin, tooLarge, "text/csv"))).ShouldBe("The file is larger than 1 MB.");
        var chunked = new StreamContent(new MemoryStream(tooLarge));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        chunked.Headers.ContentLength = null;
        (await FileErrorAsync(await session.Admin.Http.PostAsync(Import, chunked))).ShouldBe("The file is larger than 1 MB.");
    }

    [Fact]
    public async Task A_name_part_longer_than_31_characters_is_reported_so_that_the_invitees_name_fits()
    {
        var session = await fixture.SignUpAsync();

        var problem = await (await PostCsvAsync(session.Admin, $"{Header}\r\nlong,long@{session.Slug}.test,{new string('f', 32)},{new string('g', 31)},staff,,\r\n")).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["row 2: family_name"]);
    }

    [Fact]
    public async Task A_row_with_a_control_character_is_reported_not_stored()
    {
        var session = await fixture.SignUpAsync();

        var problem = await (await PostCsvAsync(session.Admin, $"{Header}\r\nnul,nul@{session.Slug}.test,F\u0007x,G,staff,,\r\n")).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["row 2: family_name"]);
    }

    [Theory]
    [InlineData("zh-Hans", false, "您的版本最多允许 3 个用户。")]
    [InlineData("en", true, "Your plan allows at most 3 users.")]
    public async Task An_import_over_the_plans_user_limit_is_a_422_in_the_callers_language_and_invites_nobody(string culture, bool dryRun, string title)
    {
        var session = await fixture.SignUpAsync();
        using (var scope = fixture.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().SetAsync(session.TenantId, MarketingSaaSFeatures.MaxUserCount, "3");
        }

        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var rows = Enumerable.Range(1, 3).Select(i => $"user{i},user{i}@{session.Slug}.test,李,娜{i},staff,,zh-Hans");

        var problem = await (await PostCsvAsync(session.Admin, Header + "\r\n" + string.Join("\r\n", rows), dryRun)).ReadProblemAsync((HttpStatusCode)422);

        (problem.GetProperty("code").GetString(), problem.GetProperty("title").GetString()).ShouldBe(("MarketingSaaS:MaxUserCountReached", title));
        (await session.Admin.GetJsonAsync<JsonElement[]>("/api/identity/invitations")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_import_that_just_fits_the_plans_user_limit_invites_every_row()
    {
        var session = await fixture.SignUpAsync();
        using (var scope = fixture.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().SetAsync(session.TenantId, MarketingSaaSFeatures.MaxUserCount, "3");
        }

        var rows = Enumerable.Range(1, 2).Select(i => $"user{i},user{i}@{session.Slug}.test,李,娜{i},staff,,zh-Hans");

        var result = await (await PostCsvAsync(session.Admin, Header + "\r\n" + string.Join("\r\n", rows))).ReadJsonAsync(HttpStatusCode.OK);

        result.GetProperty("invitedCount").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task The_template_is_a_csv_with_the_header_row()
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.GetAsync("/api/identity/users/import-template");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        text.Split("\r\n")[0].ShouldBe(Header);
    }

    [Fact]
    public async Task Staff_without_the_create_permission_cannot_import()
    {
        var session = await fixture.SignUpAsync();
        var staff = await session.CreateStaffClientAsync();

        (await PostCsvAsync(staff, Header + "\r\n")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<TenantSession> EnglishSessionAsync()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return session;
    }

    private static Task<HttpResponseMessage> PostCsvAsync(ApiClient client, string csv, bool dryRun = false) =>
        PostAsync(client, Encoding.UTF8.GetBytes(csv), "text/csv", dryRun);

    private static Task<HttpResponseMessage> PostAsync(ApiClient client, byte[] body, string contentType, bool dryRun = false)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.Http.PostAsync(dryRun ? Import + "?dryRun=true" : Import, content);
    }

    private static async Task<string> FileErrorAsync(HttpResponseMessage response)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").GetProperty("file")[0].GetString()!;
    }
}

public sealed class UserImportApiTestsOnSqlite(SqliteApiFixture fixture) : UserImportApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class UserImportApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : UserImportApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

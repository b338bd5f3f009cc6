using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Blobs;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Branding;

/// <summary>The company name and logo for the portal's header: upload, limits, replace, remove, application configuration.</summary>
public abstract class CompanyLogoApiTests(ApiFixture fixture)
{
    public const string Url = "/api/company/logo";

    [Fact]
    public async Task The_application_configuration_names_the_company()
    {
        var session = await fixture.SignUpAsync();

        var tenant = (await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("currentTenant");

        tenant.GetProperty("name").GetString().ShouldBe(session.Slug);
        tenant.GetProperty("displayName").GetString().ShouldBe("Company " + session.Slug);
        (await fixture.Anonymous(session.Slug).GetJsonAsync<JsonElement>("/api/application-configuration"))
            .GetProperty("currentTenant").GetProperty("displayName").GetString().ShouldBe("Company " + session.Slug);
    }

    [Fact]
    public async Task An_uploaded_logo_is_served_to_anyone_of_the_company_and_named_in_the_configuration()
    {
        var session = await fixture.SignUpAsync();
        var png = BlobTestFiles.Png();

        var file = await (await PutAsync(session.Admin, png, "logo.png")).ReadAsAsync<JsonElement>();

        file.GetProperty("contentType").GetString().ShouldBe("image/png");
        var logo = await fixture.Anonymous(session.Slug).GetAsync(Url);
        logo.StatusCode.ShouldBe(HttpStatusCode.OK);
        logo.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        logo.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        logo.Content.Headers.ContentDisposition.ShouldBeNull();
        (await logo.Content.ReadAsByteArrayAsync()).ShouldBe(png);
        (await LogoSettingAsync(fixture.Anonymous(session.Slug))).ShouldBe(file.GetProperty("id").GetGuid().ToString("D"));
    }

    [Fact]
    public async Task An_unchanged_logo_answers_304_to_a_revalidation()
    {
        var session = await fixture.SignUpAsync();
        await PutAsync(session.Admin, BlobTestFiles.Png(), "logo.png");
        var first = await session.Admin.GetAsync(Url);

        var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var again = await session.Admin.Http.SendAsync(request);

        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task A_new_logo_replaces_the_old_one_and_removing_it_leaves_none()
    {
        var session = await fixture.SignUpAsync();
        await PutAsync(session.Admin, BlobTestFiles.Png(), "old.png");
        var jpeg = BlobTestFiles.Jpeg();

        var second = await (await PutAsync(session.Admin, jpeg, "new.jpg")).ReadAsAsync<JsonElement>();

        (await (await session.Admin.GetAsync(Url)).Content.ReadAsByteArrayAsync()).ShouldBe(jpeg);
        (await LogoSettingAsync(session.Admin)).ShouldBe(second.GetProperty("id").GetGuid().ToString("D"));
        (await session.Admin.DeleteAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await session.Admin.GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LogoSettingAsync(session.Admin)).ShouldBeNull();
    }

    [Theory]
    [InlineData("logo.svg")]
    [InlineData("logo.gif")]
    public async Task Other_image_types_are_a_400_field_error_on_file(string fileName)
    {
        var session = await EnglishSessionAsync();

        var error = await FileErrorAsync(await PutAsync(session.Admin, BlobTestFiles.Png(), fileName));

        error.ShouldBe($"Files of type '{Path.GetExtension(fileName)}' cannot be uploaded here. Allowed: .jpeg, .jpg, .png.");
    }

    [Fact]
    public async Task A_png_name_on_other_content_is_a_400_field_error_on_file_and_stores_no_logo()
    {
        var session = await EnglishSessionAsync();

        var error = await FileErrorAsync(await PutAsync(session.Admin, "<svg onload=alert(1)></svg>"u8.ToArray(), "logo.png"));

        error.ShouldBe("The file's content is not a valid '.png' file.");
        (await session.Admin.GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_logo_over_512_kB_is_a_400_field_error_on_file_and_512_kB_fit()
    {
        var session = await EnglishSessionAsync();
        var big = BlobTestFiles.Png();
        Array.Resize(ref big, 512 * 1024 + 1);

        var error = await FileErrorAsync(await PutAsync(session.Admin, big, "big.png"));

        error.ShouldBe("The file is too large: at most 0.5 MB is allowed here.");
        var exact = big[..(512 * 1024)];
        (await PutAsync(session.Admin, exact, "exact.png")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_users_who_manage_settings_change_it_and_the_settings_api_cannot()
    {
        var session = await fixture.SignUpAsync();
        (await session.Admin.PostAsync("/api/identity/users", new { userName = "staffer", name = "Staffer", email = $"staffer@{session.Slug}.test", password = TestAccounts.UserPassword, roleNames = new[] { "staff" }, isActive = true }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var staff = await session.SignInAsync("staffer", TestAccounts.UserPassword);

        (await PutAsync(staff, BlobTestFiles.Png(), "logo.png")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.DeleteAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PutAsync(fixture.Anonymous(session.Slug), BlobTestFiles.Png(), "logo.png")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var viaSettings = await session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string> { ["Platform.CompanyLogo"] = Guid.NewGuid().ToString() } });
        (await viaSettings.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownSetting");
    }

    [Fact]
    public async Task Without_a_company_there_is_no_logo()
    {
        (await fixture.Anonymous().GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    internal static Task<HttpResponseMessage> PutAsync(ApiClient client, byte[] content, string fileName)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var request = new HttpRequestMessage(HttpMethod.Put, Url) { Content = body };
        request.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        return client.Http.SendAsync(request);
    }

    private async Task<TenantSession> EnglishSessionAsync()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return session;
    }

    /// <summary>A refused image: 400 with exactly one error, on the settings page's file field.</summary>
    private static async Task<string> FileErrorAsync(HttpResponseMessage response)
    {
        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["file"]);
        return errors.GetProperty("file").EnumerateArray().Single().GetString()!;
    }

    private static async Task<string?> LogoSettingAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("settings").GetProperty("Platform.CompanyLogo").GetString();
}

public sealed class CompanyLogoApiTestsOnSqlite(SqliteApiFixture fixture) : CompanyLogoApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class CompanyLogoApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : CompanyLogoApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

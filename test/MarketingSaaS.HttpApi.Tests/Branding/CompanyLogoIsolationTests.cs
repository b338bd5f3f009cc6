using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Blobs;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Branding;

/// <summary>One company's logo is never served, replaced or removed through another company.</summary>
public abstract class CompanyLogoIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_company_neither_sees_nor_removes_the_logo()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var png = BlobTestFiles.Png();
        (await CompanyLogoApiTests.PutAsync(a.Admin, png, "a.png")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await b.Admin.GetAsync(CompanyLogoApiTests.Url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.Anonymous(b.Slug).GetAsync(CompanyLogoApiTests.Url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("settings").GetProperty("Platform.CompanyLogo").ValueKind.ShouldBe(JsonValueKind.Null);
        (await b.Admin.DeleteAsync(CompanyLogoApiTests.Url)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await CompanyLogoApiTests.PutAsync(b.Admin, BlobTestFiles.Jpeg(), "b.jpg")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var logoOfA = await fixture.Anonymous(a.Slug).GetAsync(CompanyLogoApiTests.Url);
        (await logoOfA.Content.ReadAsByteArrayAsync()).ShouldBe(png);
    }

    [Fact]
    public async Task The_public_logo_address_serves_the_named_company_only()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var png = BlobTestFiles.Png();
        await CompanyLogoApiTests.PutAsync(a.Admin, png, "a.png");
        var anonymous = fixture.Anonymous();

        var ofA = await anonymous.GetAsync($"/api/public/companies/{a.Slug}/logo");
        (await ofA.Content.ReadAsByteArrayAsync()).ShouldBe(png);
        (await anonymous.GetAsync($"/api/public/companies/{b.Slug}/logo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync($"/api/public/companies/{a.Slug}/logo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_signed_in_user_cannot_read_another_companys_logo_by_naming_it()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        await CompanyLogoApiTests.PutAsync(a.Admin, BlobTestFiles.Png(), "a.png");

        var request = new HttpRequestMessage(HttpMethod.Get, CompanyLogoApiTests.Url);
        request.Headers.Add("__tenant", a.Slug);
        var response = await b.Admin.Http.SendAsync(request);

        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}

public sealed class CompanyLogoIsolationTestsOnSqlite(SqliteApiFixture fixture) : CompanyLogoIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class CompanyLogoIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : CompanyLogoIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;

using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.HttpApi.Tests.Processes;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Blobs.BlobClient;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>A BlobRecord (deliverable files, approval attachments) and its content belong to one company: another sees 404 everywhere.</summary>
public abstract class BlobRecordIsolationTests(ApiFixture fixture, BlobTestStorage storage)
{
    private static readonly DateOnly Friday = new(2026, 7, 3);

    [Fact]
    public async Task Another_company_cannot_list_download_delete_or_add_deliverable_files()
    {
        var a = await ProcessScenario.CreateAsync(fixture);
        var aUrl = FilesUrl(await a.Session.Admin.StartAsync(a.TemplateId, Friday));
        var content = BlobTestFiles.Pdf(50_000);
        var file = await a.Session.Admin.UploadJsonAsync(aUrl, content, "a-report.pdf");
        var b = await ProcessScenario.CreateAsync(fixture);
        var bUrl = FilesUrl(await b.Session.Admin.StartAsync(b.TemplateId, Friday));
        var stored = await storage.CountStoredAsync(fixture.Services);

        (await b.Session.Admin.GetAsync(aUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Session.Admin.GetAsync($"{aUrl}/{file.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Session.Admin.DeleteAsync($"{aUrl}/{file.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Session.Admin.UploadAsync(aUrl, BlobTestFiles.Pdf(), "intruder.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Session.Admin.GetAsync($"{bUrl}/{file.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Session.Admin.DeleteAsync($"{bUrl}/{file.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Session.Admin.GetJsonAsync<JsonElement[]>(bUrl)).ShouldBeEmpty();

        (await storage.CountStoredAsync(fixture.Services)).ShouldBe(stored);
        (await a.Session.Admin.GetJsonAsync<JsonElement[]>(aUrl)).Select(f => f.Id()).ShouldBe([file.Id()]);
        (await (await a.Session.Admin.GetAsync($"{aUrl}/{file.Id()}")).Content.ReadAsByteArrayAsync()).ShouldBe(content);
    }

    [Fact]
    public async Task Another_company_cannot_list_download_delete_or_add_approval_attachments()
    {
        var a = await ApprovalEngineScenario.CreateAsync(fixture);
        var requestId = (await a.SubmitAsync(ApprovalEngineScenario.Request("isolated-subject", 60_000m))).Id();
        var url = AttachmentsUrl(requestId);
        var file = await a["researcher"].UploadJsonAsync(url, BlobTestFiles.Text("quote,amount\r\nbooth,60000\r\n"), "quote.csv");
        var b = await ApprovalEngineScenario.CreateAsync(fixture);
        var stored = await storage.CountStoredAsync(fixture.Services);

        foreach (var client in new[] { b.Session.Admin, b["researcher"], b["director"] })
        {
            (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync($"{url}/{file.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.DeleteAsync($"{url}/{file.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.UploadAsync(url, BlobTestFiles.Pdf(), "intruder.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var bRequestId = (await b.SubmitAsync(ApprovalEngineScenario.Request("b-subject", 60_000m))).Id();
        (await b["researcher"].GetAsync($"{AttachmentsUrl(bRequestId)}/{file.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b["researcher"].DeleteAsync($"{AttachmentsUrl(bRequestId)}/{file.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b["researcher"].GetJsonAsync<JsonElement[]>(AttachmentsUrl(bRequestId))).ShouldBeEmpty();

        (await storage.CountStoredAsync(fixture.Services)).ShouldBe(stored);
        (await a["researcher"].GetJsonAsync<JsonElement[]>(url)).Select(f => f.Id()).ShouldBe([file.Id()]);
    }
}

public sealed class BlobRecordIsolationTestsOnSqlite(FileSystemSqliteBlobFixture fixture) : BlobRecordIsolationTests(fixture, fixture.Storage), IClassFixture<FileSystemSqliteBlobFixture>;

public sealed class BlobRecordIsolationTestsOnPostgreSql(FileSystemPostgreSqlBlobFixture fixture) : BlobRecordIsolationTests(fixture, fixture.Storage), IClassFixture<FileSystemPostgreSqlBlobFixture>;

using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.HttpApi.Tests.Processes;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Blobs.BlobClient;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>Attachments are seen by the requester and the approvers of the route only; the uploader alone deletes, while the request is open.</summary>
public abstract class ApprovalAttachmentApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Requester_and_approvers_see_and_download_attachments_others_do_not()
    {
        var scenario = await ApprovalEngineScenario.CreateAsync(fixture);
        var requestId = (await scenario.SubmitAsync(ApprovalEngineScenario.Request("visible-subject", 60_000m))).Id();
        var url = AttachmentsUrl(requestId);
        var content = BlobTestFiles.Pdf(30_000);
        var file = await scenario["researcher"].UploadJsonAsync(url, content, "展位报价.pdf");
        var approvers = ApprovalEngineScenario.Stages(await scenario.GetAsync("researcher", requestId)).SelectMany(s => s).ToHashSet();
        var approver = scenario.Org.Users.First(u => approvers.Contains(u.Value)).Key;
        var outsider = scenario.Org.Users.First(u => u.Key != "researcher" && !approvers.Contains(u.Value)).Key;

        (await scenario[approver].GetJsonAsync<JsonElement[]>(url)).Select(f => f.Id()).ShouldBe([file.Id()]);
        var download = await scenario[approver].GetAsync($"{url}/{file.Id()}");
        Sha256(await download.Content.ReadAsByteArrayAsync()).ShouldBe(file.GetProperty("sha256").GetString());
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("展位报价.pdf");
        var part = await scenario[approver].GetRangeAsync($"{url}/{file.Id()}", "bytes=100-199");
        part.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        part.Content.Headers.ContentRange!.ToString().ShouldBe($"bytes 100-199/{content.Length}");
        (await part.Content.ReadAsByteArrayAsync()).ShouldBe(content[100..200]);
        (await scenario[approver].GetRangeAsync($"{url}/{file.Id()}", $"bytes={content.Length}-")).StatusCode.ShouldBe(HttpStatusCode.RequestedRangeNotSatisfiable);
        (await scenario[outsider].GetRangeAsync($"{url}/{file.Id()}", "bytes=0-9")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scenario[outsider].GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scenario[outsider].GetAsync($"{url}/{file.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scenario[outsider].UploadAsync(url, BlobTestFiles.Pdf(), "x.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_uploader_deletes_and_only_while_the_request_is_open()
    {
        var scenario = await ApprovalEngineScenario.CreateAsync(fixture);
        var requestId = (await scenario.SubmitAsync(ApprovalEngineScenario.Request("closing-subject", 60_000m))).Id();
        var url = AttachmentsUrl(requestId);
        var approvers = ApprovalEngineScenario.Stages(await scenario.GetAsync("researcher", requestId)).SelectMany(s => s).ToHashSet();
        var approver = scenario.Org.Users.First(u => approvers.Contains(u.Value)).Key;
        var first = await scenario["researcher"].UploadJsonAsync(url, BlobTestFiles.Png(), "booth.png");
        var second = await scenario["researcher"].UploadJsonAsync(url, BlobTestFiles.Pdf(), "contract.pdf");

        await (await scenario[approver].DeleteAsync($"{url}/{first.Id()}")).ShouldFailWithAsync(HttpStatusCode.Forbidden, "Blobs:NotFileUploader");
        (await scenario["researcher"].DeleteAsync($"{url}/{first.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await scenario.ActAsync("researcher", requestId, "withdraw")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await scenario["researcher"].DeleteAsync($"{url}/{second.Id()}")).ShouldFailWithAsync((HttpStatusCode)422, "Blobs:ApprovalRequestClosed");
        await (await scenario["researcher"].UploadAsync(url, BlobTestFiles.Pdf(), "late.pdf")).ShouldFailWithAsync((HttpStatusCode)422, "Blobs:ApprovalRequestClosed");
        (await scenario["researcher"].GetJsonAsync<JsonElement[]>(url)).Select(f => f.Id()).ShouldBe([second.Id()]);
    }
}

public sealed class ApprovalAttachmentApiTestsOnSqlite(FileSystemSqliteBlobFixture fixture) : ApprovalAttachmentApiTests(fixture), IClassFixture<FileSystemSqliteBlobFixture>;

public sealed class ApprovalAttachmentApiTestsOnPostgreSql(FileSystemPostgreSqlBlobFixture fixture) : ApprovalAttachmentApiTests(fixture), IClassFixture<FileSystemPostgreSqlBlobFixture>;

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
    public async Task A_too_big_file_is_a_400_field_error_on_file_with_or_without_a_length_and_nothing_is_stored()
    {
        var scenario = await ApprovalEngineScenario.CreateAsync(fixture);
        var url = AttachmentsUrl((await scenario.SubmitAsync(ApprovalEngineScenario.Request("big-subject", 60_000m))).Id());
        var tooBig = BlobTestFiles.Pdf((int)BlobTestStorage.AttachmentLimit + 1);

        foreach (var chunked in new[] { false, true })
        {
            var problem = await (await scenario["researcher"].UploadAsync(url, tooBig, "receipt.pdf", chunked)).ReadProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("1 MB");
        }

        (await scenario["researcher"].GetJsonAsync<JsonElement[]>(url)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("receipt.pdf")]
    public async Task A_file_of_a_type_not_allowed_or_not_what_its_name_says_is_a_400_field_error_on_file(string fileName)
    {
        var scenario = await ApprovalEngineScenario.CreateAsync(fixture);
        var url = AttachmentsUrl((await scenario.SubmitAsync(ApprovalEngineScenario.Request("type-subject-" + fileName, 60_000m))).Id());

        var problem = await (await scenario["researcher"].UploadAsync(url, BlobTestFiles.Exe(), fileName)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("file").GetArrayLength().ShouldBe(1);
        (await scenario["researcher"].GetJsonAsync<JsonElement[]>(url)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_receipt_of_an_allowed_type_within_the_limit_is_stored()
    {
        var scenario = await ApprovalEngineScenario.CreateAsync(fixture);
        var url = AttachmentsUrl((await scenario.SubmitAsync(ApprovalEngineScenario.Request("good-subject", 60_000m))).Id());

        var response = await scenario["researcher"].UploadAsync(url, BlobTestFiles.Pdf((int)BlobTestStorage.AttachmentLimit), "receipt.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await scenario["researcher"].GetJsonAsync<JsonElement[]>(url)).Select(f => f.GetProperty("size").GetInt64()).ShouldBe([BlobTestStorage.AttachmentLimit]);
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

using System.Net;
using System.Text.Json;
using MarketingSaaS.Blobs;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.HttpApi.Tests.Processes;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Blobs.BlobClient;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>
/// One contract for every blob provider (file system, database, S3 via a real s3rver), exercised through the
/// deliverable files API: what is uploaded comes back byte for byte with its SHA-256, lives under
/// tenants/{tenantId}/deliverables/{server name}, is gone after delete; refused uploads leave no file and no row.
/// </summary>
public abstract class BlobContractTests(ApiFixture fixture, BlobTestStorage storage)
{
    private static readonly DateOnly Friday = new(2026, 7, 3);

    [Fact]
    public async Task Uploaded_deliverable_file_downloads_byte_for_byte_with_its_sha256_and_safe_headers()
    {
        var (scenario, url) = await StartAsync();
        var content = BlobTestFiles.Pdf(700_000);

        var file = await scenario.Session.Admin.UploadJsonAsync(url, content, "市场调研方案 v2.pdf");

        file.GetProperty("fileName").GetString().ShouldBe("市场调研方案 v2.pdf");
        file.GetProperty("contentType").GetString().ShouldBe("application/pdf");
        file.GetProperty("size").GetInt64().ShouldBe(content.Length);
        file.GetProperty("sha256").GetString().ShouldBe(Sha256(content));
        var download = await scenario.Staff.GetAsync($"{url}/{file.Id()}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await download.Content.ReadAsByteArrayAsync();
        Sha256(body).ShouldBe(Sha256(content));
        body.ShouldBe(content);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("市场调研方案 v2.pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await scenario.Staff.GetJsonAsync<JsonElement[]>(url)).Select(f => f.Id()).ShouldBe([file.Id()]);
        var instance = await scenario.Session.Admin.GetJsonAsync<JsonElement>($"{Instances}/{InstanceId(url)}");
        StepAt(instance, 0).GetProperty("deliverables")[0].GetProperty("isProvided").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Content_lives_under_the_tenant_path_with_a_server_chosen_name_and_is_gone_after_delete()
    {
        var (scenario, url) = await StartAsync();
        var file = await scenario.Session.Admin.UploadJsonAsync(url, BlobTestFiles.Png(), "photo.png");
        var record = (await FindRecordAsync(scenario.Session.TenantId, file.Id()))!;

        record.StorageName.ShouldMatch("^[0-9a-f]{32}$");
        record.ContainerName.ShouldBe("deliverables");
        var path = $"tenants/{scenario.Session.TenantId:D}/deliverables/{record.StorageName}";
        (await storage.ExistsAsync(fixture.Services, path)).ShouldBeTrue();
        (await storage.ExistsAsync(fixture.Services, $"host/deliverables/{record.StorageName}")).ShouldBeFalse();

        (await scenario.Session.Admin.DeleteAsync($"{url}/{file.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await storage.ExistsAsync(fixture.Services, path)).ShouldBeFalse();
        (await scenario.Session.Admin.GetAsync($"{url}/{file.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scenario.Session.Admin.GetJsonAsync<JsonElement[]>(url)).ShouldBeEmpty();
        (await FindRecordAsync(scenario.Session.TenantId, file.Id(), mustExist: false)).ShouldBeNull();
        var instance = await scenario.Session.Admin.GetJsonAsync<JsonElement>($"{Instances}/{InstanceId(url)}");
        StepAt(instance, 0).GetProperty("deliverables")[0].GetProperty("isProvided").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [InlineData("photo.jpg", "image/jpeg")]
    [InlineData("anim.gif", "image/gif")]
    [InlineData("hero.webp", "image/webp")]
    [InlineData("plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("deck.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation")]
    [InlineData("leads.csv", "text/csv; charset=utf-8")]
    [InlineData("调研提纲.md", "text/markdown; charset=utf-8")]
    public async Task Each_allowed_kind_is_recognised_by_its_content(string fileName, string contentType)
    {
        var (scenario, url) = await StartAsync();
        var content = Path.GetExtension(fileName) switch
        {
            ".jpg" => BlobTestFiles.Jpeg(),
            ".gif" => BlobTestFiles.Gif(),
            ".webp" => BlobTestFiles.Webp(),
            ".docx" => BlobTestFiles.Office("word/"),
            ".xlsx" => BlobTestFiles.Office("xl/"),
            ".pptx" => BlobTestFiles.Office("ppt/"),
            ".csv" => BlobTestFiles.Text("name,city\r\n王芳,上海\r\n"),
            _ => BlobTestFiles.Text("# 调研提纲\n\n- 目标\n- 方法\n"),
        };

        var file = await scenario.Session.Admin.UploadJsonAsync(url, content, fileName);

        file.GetProperty("contentType").GetString().ShouldBe(contentType);
        (await (await scenario.Session.Admin.GetAsync($"{url}/{file.Id()}")).Content.ReadAsByteArrayAsync()).ShouldBe(content);
    }

    [Fact]
    public async Task Too_big_uploads_are_a_400_field_error_on_file_with_or_without_a_length_and_store_nothing()
    {
        var (scenario, url) = await StartAsync();
        var before = await storage.CountStoredAsync(fixture.Services);
        var tooBig = BlobTestFiles.Pdf((int)BlobTestStorage.DeliverableLimit + 1);

        foreach (var chunked in new[] { false, true })
        {
            (await FileErrorAsync(await scenario.Session.Admin.UploadAsync(url, tooBig, "big.pdf", chunked))).ShouldStartWith("The file is too large");
        }

        (await scenario.Session.Admin.UploadJsonAsync(url, BlobTestFiles.Pdf((int)BlobTestStorage.DeliverableLimit), "just-fits.pdf")).GetProperty("size").GetInt64()
            .ShouldBe(BlobTestStorage.DeliverableLimit);
        (await storage.CountStoredAsync(fixture.Services)).ShouldBe(before + 1);
        (await scenario.Session.Admin.GetJsonAsync<JsonElement[]>(url)).Select(f => f.GetProperty("fileName").GetString()).ShouldBe(["just-fits.pdf"]);
    }

    [Theory]
    [InlineData("exe", "report.pdf", "Framework:BlobContentMismatch")]
    [InlineData("exe", "setup.exe", "Framework:BlobFileTypeNotAllowed")]
    [InlineData("exe", "notes.txt", "Framework:BlobContentMismatch")]
    [InlineData("pdf", "photo.png", "Framework:BlobContentMismatch")]
    [InlineData("zip", "plan.docx", "Framework:BlobContentMismatch")]
    [InlineData("xlsx", "plan.docx", "Framework:BlobContentMismatch")]
    [InlineData("latin1", "notes.txt", "Framework:BlobContentMismatch")]
    [InlineData("pdf", "noextension", "Framework:BlobFileTypeNotAllowed")]
    public async Task Content_that_is_not_what_the_name_says_is_a_400_field_error_on_file_and_stores_nothing(string content, string fileName, string code)
    {
        var (scenario, url) = await StartAsync();
        var before = await storage.CountStoredAsync(fixture.Services);
        var bytes = content switch
        {
            "exe" => BlobTestFiles.Exe(),
            "zip" => BlobTestFiles.Office(""),
            "xlsx" => BlobTestFiles.Office("xl/"),
            "latin1" => [0x63, 0x61, 0x66, 0xE9, 0x0A],
            _ => BlobTestFiles.Pdf(),
        };

        var error = await FileErrorAsync(await scenario.Session.Admin.UploadAsync(url, bytes, fileName));

        error.ShouldStartWith(code == "Framework:BlobContentMismatch" ? "The file's content is not" : "Files of type");
        await ShouldHaveStoredNothingAsync(scenario, url, before);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("..\\..\\boot.pdf")]
    [InlineData("/etc/report.pdf")]
    [InlineData("C:\\Windows\\report.pdf")]
    [InlineData("report\0.pdf")]
    [InlineData("report\n.pdf")]
    [InlineData("..")]
    [InlineData(" report.pdf")]
    [InlineData(null)]
    public async Task Path_like_or_control_character_names_answer_400_and_store_nothing(string? fileName)
    {
        var (scenario, url) = await StartAsync();
        var before = await storage.CountStoredAsync(fixture.Services);

        var error = await FileErrorAsync(await scenario.Session.Admin.UploadAsync(url, BlobTestFiles.Pdf(), fileName));

        error.ShouldStartWith("The file name is not valid");
        await ShouldHaveStoredNothingAsync(scenario, url, before);
    }

    [Fact]
    public async Task Over_long_names_and_empty_files_answer_400_and_store_nothing()
    {
        var (scenario, url) = await StartAsync();
        var before = await storage.CountStoredAsync(fixture.Services);

        (await FileErrorAsync(await scenario.Session.Admin.UploadAsync(url, BlobTestFiles.Pdf(), new string('a', 252) + ".pdf"))).ShouldStartWith("The file name is not valid");
        (await FileErrorAsync(await scenario.Session.Admin.UploadAsync(url, [], "empty.pdf"))).ShouldBe("The file is empty.");

        await ShouldHaveStoredNothingAsync(scenario, url, before);
        (await scenario.Session.Admin.UploadAsync(url, BlobTestFiles.Pdf(), new string('a', 251) + ".pdf")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Range_requests_answer_206_with_exactly_the_requested_bytes_and_unsatisfiable_ones_416()
    {
        var (scenario, url) = await StartAsync();
        var content = BlobTestFiles.Pdf(1_600_000); // over the database provider's 1 MiB chunk: ranges cross a chunk boundary
        var fileUrl = $"{url}/{(await scenario.Session.Admin.UploadJsonAsync(url, content, "plan.pdf")).Id()}";

        var whole = await scenario.Staff.GetAsync(fileUrl);
        whole.StatusCode.ShouldBe(HttpStatusCode.OK);
        whole.Headers.AcceptRanges.ShouldBe(["bytes"]);
        whole.Headers.ETag!.Tag.ShouldBe($"\"{Sha256(content)}\"");
        whole.Content.Headers.ContentLength.ShouldBe(content.Length);

        await ShouldAnswerRangeAsync(scenario.Staff, fileUrl, "bytes=0-99", content, 0, 100);
        await ShouldAnswerRangeAsync(scenario.Staff, fileUrl, "bytes=1048000-1049999", content, 1_048_000, 2_000);
        await ShouldAnswerRangeAsync(scenario.Staff, fileUrl, "bytes=-500", content, content.Length - 500, 500);
        await ShouldAnswerRangeAsync(scenario.Staff, fileUrl, "bytes=1599990-", content, 1_599_990, 10);
        await ShouldAnswerRangeAsync(scenario.Staff, fileUrl, "bytes=1500000-9999999", content, 1_500_000, 100_000);
        await ShouldAnswerRangeAsync(scenario.Staff, fileUrl, "bytes=5-9", content, 5, 5, ifRange: $"\"{Sha256(content)}\"");

        var unsatisfiable = await scenario.Staff.GetRangeAsync(fileUrl, "bytes=1600000-1600100");
        unsatisfiable.StatusCode.ShouldBe(HttpStatusCode.RequestedRangeNotSatisfiable);
        unsatisfiable.Content.Headers.ContentRange!.ToString().ShouldBe("bytes */1600000");
        (await unsatisfiable.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();

        var changed = await scenario.Staff.GetRangeAsync(fileUrl, "bytes=0-99", ifRange: "\"another-version\"");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, "If-Range with another ETag answers the whole file");
        (await changed.Content.ReadAsByteArrayAsync()).ShouldBe(content);

        var otherTenant = await fixture.SignUpAsync();
        (await otherTenant.Admin.GetRangeAsync(fileUrl, "bytes=0-99")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_assignees_of_an_open_step_add_or_remove_files()
    {
        var (scenario, url) = await StartAsync();
        var file = await scenario.Session.Admin.UploadJsonAsync(url, BlobTestFiles.Pdf(), "report.pdf");
        var before = await storage.CountStoredAsync(fixture.Services);

        await (await scenario.Staff.UploadAsync(url, BlobTestFiles.Pdf(), "staff.pdf")).ShouldFailWithAsync(HttpStatusCode.Forbidden, "Processes:NotStepAssignee");
        await (await scenario.Staff.DeleteAsync($"{url}/{file.Id()}")).ShouldFailWithAsync(HttpStatusCode.Forbidden, "Processes:NotStepAssignee");
        var instance = await scenario.Session.Admin.GetJsonAsync<JsonElement>($"{Instances}/{InstanceId(url)}");
        (await scenario.Session.Admin.TryCompleteAsync(instance, 0)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await scenario.Session.Admin.UploadAsync(url, BlobTestFiles.Pdf(), "late.pdf")).ShouldFailWithAsync((HttpStatusCode)422, "Processes:StepAlreadyCompleted");

        (await storage.CountStoredAsync(fixture.Services)).ShouldBe(before);
        (await scenario.Staff.GetJsonAsync<JsonElement[]>(url)).Select(f => f.Id()).ShouldBe([file.Id()]);
    }

    private static async Task ShouldAnswerRangeAsync(ApiClient client, string url, string range, byte[] content, int from, int length, string? ifRange = null)
    {
        var response = await client.GetRangeAsync(url, range, ifRange);
        response.StatusCode.ShouldBe(HttpStatusCode.PartialContent, range);
        response.Content.Headers.ContentRange!.ToString().ShouldBe($"bytes {from}-{from + length - 1}/{content.Length}");
        response.Content.Headers.ContentLength.ShouldBe(length);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(content[from..(from + length)], range);
    }

    private async Task<(ProcessScenario Scenario, string Url)> StartAsync()
    {
        var scenario = await ProcessScenario.CreateAsync(fixture);
        // English answers, so refused files can be told apart by their field error's message.
        scenario.Session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var instance = await scenario.Session.Admin.StartAsync(scenario.TemplateId, Friday);
        return (scenario, FilesUrl(instance));
    }

    /// <summary>A refused upload: 400 with exactly one error, on the form's file field.</summary>
    private static async Task<string> FileErrorAsync(HttpResponseMessage response)
    {
        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["file"]);
        return errors.GetProperty("file").EnumerateArray().Single().GetString()!;
    }

    private async Task ShouldHaveStoredNothingAsync(ProcessScenario scenario, string url, int before)
    {
        (await storage.CountStoredAsync(fixture.Services)).ShouldBe(before);
        (await scenario.Session.Admin.GetJsonAsync<JsonElement[]>(url)).ShouldBeEmpty();
    }

    private static Guid InstanceId(string url) => Guid.Parse(url.Split('/')[4]);

    private async Task<BlobRecord?> FindRecordAsync(Guid tenantId, Guid id, bool mustExist = true)
    {
        using var scope = fixture.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var record = await scope.ServiceProvider.GetRequiredService<IBlobRecordRepository>().FindAsync(id);
        if (mustExist)
        {
            record.ShouldNotBeNull();
        }

        return record;
    }
}

public sealed class BlobContractTestsOnFileSystem(FileSystemSqliteBlobFixture fixture) : BlobContractTests(fixture, fixture.Storage), IClassFixture<FileSystemSqliteBlobFixture>;

public sealed class BlobContractTestsOnDatabaseSqlite(DatabaseSqliteBlobFixture fixture) : BlobContractTests(fixture, fixture.Storage), IClassFixture<DatabaseSqliteBlobFixture>;

public sealed class BlobContractTestsOnDatabasePostgreSql(DatabasePostgreSqlBlobFixture fixture) : BlobContractTests(fixture, fixture.Storage), IClassFixture<DatabasePostgreSqlBlobFixture>;

public sealed class BlobContractTestsOnS3(S3SqliteBlobFixture fixture) : BlobContractTests(fixture, fixture.Storage), IClassFixture<S3SqliteBlobFixture>;

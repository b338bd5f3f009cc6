using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Blobs;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Every decision log line names the version of the subject it was taken on.</summary>
public abstract class ApprovalSubjectVersionTests(ApiFixture fixture)
{
    [Fact]
    public async Task Without_a_module_version_each_line_carries_the_content_hash_of_the_request_and_its_attachments()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 60_000m))).Id();
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await s["researcher"].UploadJsonAsync(BlobClient.AttachmentsUrl(id), BlobTestFiles.Pdf(), "quote.pdf");
        (await s.ActAsync("vp", id, "return", "Lower it")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var versions = Versions(await s.GetAsync("researcher", id));

        versions[0]!.ShouldMatch("^sha256:[0-9a-f]{64}$");
        versions[1].ShouldBe(versions[0], "nothing changed between the submission and the first approval");
        versions[2]!.ShouldMatch("^sha256:[0-9a-f]{64}$");
        versions[2].ShouldNotBe(versions[1], "the attachment added after the first approval is part of what the VP returned");
    }

    [Fact]
    public async Task An_amount_change_gives_a_new_version_that_the_next_decision_names()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var request = await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 30_000m));
        var changed = await s["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{request.Id()}/amount", new
        {
            amount = 35_000m,
            concurrencyStamp = request.GetProperty("concurrencyStamp").GetString(),
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.ActAsync("director", request.Id(), "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var details = await s.GetAsync("researcher", request.Id());
        ApprovalEngineScenario.Log(details).ShouldBe(["Submitted", "AmountChanged", "Approved"]);
        var versions = Versions(details);
        versions[1].ShouldNotBe(versions[0]);
        versions[2].ShouldBe(versions[1]);
    }

    [Fact]
    public async Task A_module_that_provides_versions_has_its_version_recorded_as_it_is_at_each_decision()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var subject = NewSubject();
        TestSubjectVersions.Set(subject, "row-7");
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(subject, 60_000m))).Id();
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        TestSubjectVersions.Set(subject, "row-8");
        (await s.ActAsync("vp", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        Versions(await s.GetAsync("researcher", id)).ShouldBe(["row-7", "row-7", "row-8"]);
    }

    private static string?[] Versions(JsonElement details) =>
        [.. details.GetProperty("log").EnumerateArray().Select(d => d.GetProperty("subjectVersion").GetString())];

    private static string NewSubject() => Guid.NewGuid().ToString("N");
}

public sealed class ApprovalSubjectVersionTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalSubjectVersionTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalSubjectVersionTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalSubjectVersionTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;

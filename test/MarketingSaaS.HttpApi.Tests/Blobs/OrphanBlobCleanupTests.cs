using MarketingSaaS.Blobs;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.HttpApi.Tests.Processes;
using MarketingSaaS.Processes;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Blobs.BlobClient;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>
/// The nightly clean-up on every provider: content without a row (a crash between storing and saving the row, or a
/// row deleted before its content) goes once older than the 1-day grace period of the test clock; content with a
/// row stays; content stored "just now" stays whatever its row; abandoned upload spool files go after the grace period.
/// </summary>
public abstract class OrphanBlobCleanupTests(ApiFixture fixture, BlobTestStorage storage)
{
    private static readonly DateOnly Friday = new(2026, 7, 3);

    [Fact]
    public async Task Content_without_a_row_is_removed_after_the_grace_period_and_content_with_a_row_is_kept()
    {
        var scenario = await ProcessScenario.CreateAsync(fixture);
        var tenantId = scenario.Session.TenantId;
        var url = FilesUrl(await scenario.Session.Admin.StartAsync(scenario.TemplateId, Friday));
        var kept = await scenario.Session.Admin.UploadJsonAsync(url, BlobTestFiles.Pdf(), "kept.pdf");
        var keptName = (await FindRecordAsync(tenantId, kept.Id()))!.StorageName;
        var rowDeleted = await scenario.Session.Admin.UploadJsonAsync(url, BlobTestFiles.Png(), "row-deleted.png");
        var rowDeletedName = await DeleteRowOnlyAsync(tenantId, rowDeleted.Id());
        var neverSaved = await StoreWithoutRowAsync(tenantId, BlobTestFiles.Pdf(3000), "crashed.pdf");

        (await CleanAsync()).Deleted.ShouldBe(0);
        fixture.Factory.Clock.Advance(TimeSpan.FromHours(23));
        (await CleanAsync()).Deleted.ShouldBe(0, "still within the grace period");
        (await ExistsAsync(tenantId, rowDeletedName)).ShouldBeTrue();
        (await ExistsAsync(tenantId, neverSaved)).ShouldBeTrue();

        fixture.Factory.Clock.Advance(TimeSpan.FromHours(2));
        var uploadingNow = await StoreWithoutRowAsync(tenantId, BlobTestFiles.Pdf(5000), "arriving.pdf"); // its row is not saved yet
        var result = await CleanAsync();

        result.Deleted.ShouldBe(2);
        result.Checked.ShouldBe(3, "the kept file and the two orphans are past the grace period; the new upload is not looked at");
        (await ExistsAsync(tenantId, rowDeletedName)).ShouldBeFalse();
        (await ExistsAsync(tenantId, neverSaved)).ShouldBeFalse();
        (await ExistsAsync(tenantId, keptName)).ShouldBeTrue();
        (await ExistsAsync(tenantId, uploadingNow)).ShouldBeTrue();
        (await ReadSha256Async(tenantId, keptName)).ShouldBe(kept.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task The_host_job_run_by_the_worker_cleans_every_tenant_and_abandoned_spool_files()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var orphanOfA = await StoreWithoutRowAsync(a.TenantId, BlobTestFiles.Pdf(), "a.pdf");
        var orphanOfB = await StoreWithoutRowAsync(b.TenantId, BlobTestFiles.Png(), "b.png");
        var spool = Path.Combine(storage.Root, ".uploads");
        Directory.CreateDirectory(spool);
        var abandoned = Path.Combine(spool, BlobPath.NewStorageName(fixture.Factory.Clock.GetUtcNow()) + ".part");
        await File.WriteAllBytesAsync(abandoned, [1, 2, 3]);
        fixture.Factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var started = Path.Combine(spool, BlobPath.NewStorageName(fixture.Factory.Clock.GetUtcNow()) + ".part");
        await File.WriteAllBytesAsync(started, [1, 2, 3]);

        using (var scope = fixture.Services.CreateScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(null))
        {
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(new OrphanBlobCleanupArgs());
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        while (await fixture.Services.GetRequiredService<BackgroundJobWorker>().RunOnceAsync() > 0)
        {
        }

        (await ExistsAsync(a.TenantId, orphanOfA)).ShouldBeFalse();
        (await ExistsAsync(b.TenantId, orphanOfB)).ShouldBeFalse();
        File.Exists(abandoned).ShouldBeFalse();
        File.Exists(started).ShouldBeTrue("an upload being spooled right now is left alone");
        File.Delete(started);
    }

    private async Task<OrphanBlobCleanupResult> CleanAsync()
    {
        using var scope = fixture.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OrphanBlobCleaner>().CleanAsync();
    }

    /// <summary>What a crash between storing the content and saving its row leaves behind.</summary>
    private async Task<string> StoreWithoutRowAsync(Guid tenantId, byte[] content, string fileName)
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            using var stream = new MemoryStream(content);
            return (await scope.ServiceProvider.GetRequiredService<IBlobContainer<DeliverableFilesContainer>>().SaveAsync(stream, fileName)).StorageName;
        }
    }

    /// <summary>What a crash between deleting the row and deleting the content leaves behind.</summary>
    private async Task<string> DeleteRowOnlyAsync(Guid tenantId, Guid id)
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            var records = scope.ServiceProvider.GetRequiredService<IBlobRecordRepository>();
            var record = (await records.FindAsync(id))!;
            await records.DeleteAsync(record);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return record.StorageName;
        }
    }

    private async Task<BlobRecord?> FindRecordAsync(Guid tenantId, Guid id)
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return await scope.ServiceProvider.GetRequiredService<IBlobRecordRepository>().FindAsync(id);
        }
    }

    private async Task<string> ReadSha256Async(Guid tenantId, string storageName)
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            await using var content = (await scope.ServiceProvider.GetRequiredService<IBlobContainer<DeliverableFilesContainer>>().OpenReadAsync(storageName))!;
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            return Sha256(copy.ToArray());
        }
    }

    private Task<bool> ExistsAsync(Guid tenantId, string storageName) =>
        storage.ExistsAsync(fixture.Services, BlobPath.For("deliverables", tenantId, storageName));
}

public sealed class OrphanBlobCleanupTestsOnFileSystem(FileSystemSqliteBlobFixture fixture) : OrphanBlobCleanupTests(fixture, fixture.Storage), IClassFixture<FileSystemSqliteBlobFixture>;

public sealed class OrphanBlobCleanupTestsOnDatabaseSqlite(DatabaseSqliteBlobFixture fixture) : OrphanBlobCleanupTests(fixture, fixture.Storage), IClassFixture<DatabaseSqliteBlobFixture>;

public sealed class OrphanBlobCleanupTestsOnDatabasePostgreSql(DatabasePostgreSqlBlobFixture fixture) : OrphanBlobCleanupTests(fixture, fixture.Storage), IClassFixture<DatabasePostgreSqlBlobFixture>;

public sealed class OrphanBlobCleanupTestsOnS3(S3SqliteBlobFixture fixture) : OrphanBlobCleanupTests(fixture, fixture.Storage), IClassFixture<S3SqliteBlobFixture>;

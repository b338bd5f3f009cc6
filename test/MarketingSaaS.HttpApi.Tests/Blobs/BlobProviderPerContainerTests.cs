using MarketingSaaS.Approvals;
using MarketingSaaS.EntityFrameworkCore.Blobs;
using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Processes;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>The provider is chosen per container in configuration: deliverables on the default (file system), attachments in the database.</summary>
public abstract class BlobProviderPerContainerTests(ApiFixture fixture)
{
    [Fact]
    public async Task Each_container_stores_with_its_configured_provider_only()
    {
        var tenant = await fixture.SignUpAsync();
        using var scope = fixture.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.TenantId);
        var deliverable = await SaveAsync<DeliverableFilesContainer>(scope.ServiceProvider, "plan.pdf");
        var attachment = await SaveAsync<ApprovalAttachmentsContainer>(scope.ServiceProvider, "quote.pdf");
        var providers = scope.ServiceProvider.GetServices<IBlobProvider>().ToDictionary(p => p.Name);
        var fileSystem = providers[FileSystemBlobProvider.ProviderName];
        var database = providers[DatabaseBlobProvider.ProviderName];
        var deliverablePath = BlobPath.For("deliverables", tenant.TenantId, deliverable);
        var attachmentPath = BlobPath.For("approval-attachments", tenant.TenantId, attachment);

        (await fileSystem.ExistsAsync(deliverablePath)).ShouldBeTrue();
        (await database.ExistsAsync(deliverablePath)).ShouldBeFalse();
        (await database.ExistsAsync(attachmentPath)).ShouldBeTrue();
        (await fileSystem.ExistsAsync(attachmentPath)).ShouldBeFalse();
        (await scope.ServiceProvider.GetRequiredService<IBlobContainer<ApprovalAttachmentsContainer>>().ListStorageNamesAsync().ToListAsync()).ShouldBe([attachment]);
    }

    private static async Task<string> SaveAsync<TContainer>(IServiceProvider services, string fileName)
        where TContainer : class
    {
        using var content = new MemoryStream(BlobTestFiles.Pdf());
        return (await services.GetRequiredService<IBlobContainer<TContainer>>().SaveAsync(content, fileName)).StorageName;
    }
}

public sealed class BlobProviderPerContainerTestsOnSqlite(MixedProvidersSqliteBlobFixture fixture) : BlobProviderPerContainerTests(fixture), IClassFixture<MixedProvidersSqliteBlobFixture>;

public sealed class BlobProviderPerContainerTestsOnPostgreSql(MixedProvidersPostgreSqlBlobFixture fixture) : BlobProviderPerContainerTests(fixture), IClassFixture<MixedProvidersPostgreSqlBlobFixture>;

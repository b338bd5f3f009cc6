using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>A host on Sqlite whose blob containers use the FileSystem provider.</summary>
public sealed class FileSystemSqliteBlobFixture : SqliteApiFixture, IDisposable
{
    public BlobTestStorage Storage { get; } = BlobTestStorage.FileSystem();

    protected override IReadOnlyDictionary<string, string?>? Settings => Storage.Settings;

    public void Dispose() => Storage.Dispose();
}

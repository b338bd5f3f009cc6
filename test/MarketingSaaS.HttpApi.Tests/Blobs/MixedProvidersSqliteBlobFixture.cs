using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>A host on Sqlite whose default provider is the file system, with approval attachments configured to the database.</summary>
public sealed class MixedProvidersSqliteBlobFixture : SqliteApiFixture, IDisposable
{
    public BlobTestStorage Storage { get; } = BlobTestStorage.FileSystem();

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>(Storage.Settings)
    {
        ["BlobStoring:Containers:approval-attachments:Provider"] = "Database",
    };

    public void Dispose() => Storage.Dispose();
}

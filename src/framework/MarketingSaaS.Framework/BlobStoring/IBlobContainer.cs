namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>A named container with its own limits and provider; paths follow the current tenant when it is multi-tenant.</summary>
public interface IBlobContainer
{
    string Name { get; }

    BlobContainerConfiguration Configuration { get; }

    /// <summary>Checks (name, extension, size, content) and stores the content under a new server-chosen name.</summary>
    Task<StoredBlob> SaveAsync(Stream content, string? originalFileName, CancellationToken cancellationToken = default);

    /// <summary>The stored content, streamed; null when there is none under the name.</summary>
    Task<Stream?> OpenReadAsync(string storageName, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string storageName, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string storageName, CancellationToken cancellationToken = default);

    /// <summary>The storage names stored for the current tenant (or the host, for a container that is not multi-tenant).</summary>
    IAsyncEnumerable<string> ListStorageNamesAsync(CancellationToken cancellationToken = default);
}

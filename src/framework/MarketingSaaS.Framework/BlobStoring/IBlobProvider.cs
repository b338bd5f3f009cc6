namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>Stores content under a path built by <see cref="BlobPath"/>; knows nothing of tenants, limits or metadata.</summary>
public interface IBlobProvider
{
    /// <summary>The name configuration uses to choose the provider (<c>BlobStoring:Containers:&lt;name&gt;:Provider</c>).</summary>
    string Name { get; }

    Task SaveAsync(string path, BlobSource source, CancellationToken cancellationToken = default);

    /// <summary>A stream over the content, read as it is consumed; null when nothing is stored under the path.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The paths stored under <paramref name="prefix"/> (a folder from <see cref="BlobPath.PrefixFor"/>), in no particular order.</summary>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>False when nothing was stored under the path.</summary>
    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);
}

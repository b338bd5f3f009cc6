using Microsoft.Extensions.Options;

namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>The default provider: one file per blob under the configured root, written by moving the checked upload into place.</summary>
public sealed class FileSystemBlobProvider(IOptions<FileSystemBlobProviderOptions> options) : IBlobProvider
{
    public const string ProviderName = "FileSystem";

    public string Name => ProviderName;

    public Task SaveAsync(string path, BlobSource source, CancellationToken cancellationToken = default)
    {
        var target = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(source.FilePath, target, overwrite: false);
        return Task.CompletedTask;
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = FullPath(path);
        Stream? stream = File.Exists(file)
            ? new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null;
        return Task.FromResult(stream);
    }

    public Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default) => Task.FromResult(File.Exists(FullPath(path)));

    public IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var folder = FullPath(prefix.TrimEnd('/'));
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(file => prefix + Path.GetFileName(file)).ToAsyncEnumerable()
            : AsyncEnumerable.Empty<string>();
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = FullPath(path);
        if (!File.Exists(file))
        {
            return Task.FromResult(false);
        }

        File.Delete(file);
        return Task.FromResult(true);
    }

    /// <summary>Paths come from <see cref="BlobPath"/>; the root check is a second guard against traversal.</summary>
    private string FullPath(string path)
    {
        var root = Path.GetFullPath(options.Value.RootPath);
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The blob path leaves the storage root.", nameof(path));
        }

        return full;
    }
}

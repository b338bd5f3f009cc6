using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Blobs;

/// <summary>
/// Keeps content in the current tenant's database as rows of at most <see cref="ChunkSize"/> bytes, written one by
/// one with plain INSERTs (not through the change tracker, which would hold every chunk until SaveChanges) and
/// read one query per chunk as the download is consumed: memory stays at one chunk per transfer. The read stream
/// is seekable, so range requests fetch only the chunks they cover.
/// </summary>
public sealed class DatabaseBlobProvider(IDbContextProvider<PlatformDbContext> contextProvider) : IBlobProvider
{
    public const string ProviderName = "Database";

    public const int ChunkSize = 1024 * 1024;

    public string Name => ProviderName;

    public async Task SaveAsync(string path, BlobSource source, CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        await using var content = source.OpenRead();
        var buffer = new byte[ChunkSize];
        var index = 0;
        try
        {
            int filled;
            while ((filled = await content.ReadAtLeastAsync(buffer, ChunkSize, throwOnEndOfStream: false, cancellationToken)) > 0)
            {
                var data = filled == ChunkSize ? buffer : buffer[..filled];
                await context.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"BlobContentChunks\" (\"Path\", \"Index\", \"Data\") VALUES ({path}, {index}, {data})", cancellationToken);
                index++;
            }
        }
        catch
        {
            await DeleteAsync(path, CancellationToken.None);
            throw;
        }
    }

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        // length(bytea) / length(blob) read the stored size, not the content.
        var length = await Chunks(context, path).SumAsync(c => (long)c.Data.Length, cancellationToken);
        return length == 0 ? null : new DatabaseBlobReadStream(context, path, length);
    }

    public async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default) =>
        await Chunks(await contextProvider.GetDbContextAsync(cancellationToken), path).AnyAsync(cancellationToken);

    /// <summary>Pages of 500 paths (keyset on the path), from each blob's first chunk.</summary>
    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const int pageSize = 500;
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        var after = "";
        while (true)
        {
            var page = await context.Set<BlobContentChunk>().AsNoTracking()
                .Where(c => c.Index == 0 && c.Path.StartsWith(prefix) && string.Compare(c.Path, after) > 0)
                .OrderBy(c => c.Path).Select(c => c.Path).Take(pageSize).ToListAsync(cancellationToken);
            foreach (var path in page)
            {
                yield return path;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            after = page[^1];
        }
    }

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        await Chunks(await contextProvider.GetDbContextAsync(cancellationToken), path).ExecuteDeleteAsync(cancellationToken) > 0;

    internal static IQueryable<BlobContentChunk> Chunks(PlatformDbContext context, string path) =>
        context.Set<BlobContentChunk>().AsNoTracking().Where(c => c.Path == path);
}

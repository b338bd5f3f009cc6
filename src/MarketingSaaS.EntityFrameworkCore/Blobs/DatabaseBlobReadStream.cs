using MarketingSaaS.Framework.BlobStoring;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Blobs;

/// <summary>
/// Reads a database blob chunk by chunk, one query each, as the caller consumes it; seekable (every chunk but the
/// last is exactly <see cref="DatabaseBlobProvider.ChunkSize"/> bytes), so a range request reads only the chunks it
/// covers. At most one chunk is held in memory.
/// </summary>
internal sealed class DatabaseBlobReadStream(PlatformDbContext context, string path, long length) : SeekableBlobReadStream
{
    private byte[] _chunk = [];
    private int _chunkIndex = -1;

    public override long Length => length;

    protected override async ValueTask<int> ReadAtAsync(long position, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var index = (int)(position / DatabaseBlobProvider.ChunkSize);
        var offset = (int)(position % DatabaseBlobProvider.ChunkSize);
        if (index != _chunkIndex)
        {
            _chunk = await DatabaseBlobProvider.Chunks(context, path).Where(c => c.Index == index).Select(c => c.Data).SingleAsync(cancellationToken);
            _chunkIndex = index;
        }

        var count = Math.Min(buffer.Length, _chunk.Length - offset);
        if (count <= 0)
        {
            return 0;
        }

        _chunk.AsMemory(offset, count).CopyTo(buffer);
        return count;
    }
}

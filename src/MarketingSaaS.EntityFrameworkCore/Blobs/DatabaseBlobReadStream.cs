using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Blobs;

/// <summary>
/// Reads a database blob chunk by chunk, one query each, as the caller consumes it; seekable (every chunk but the
/// last is exactly <see cref="DatabaseBlobProvider.ChunkSize"/> bytes), so a range request reads only the chunks it
/// covers. At most one chunk is held in memory.
/// </summary>
internal sealed class DatabaseBlobReadStream(PlatformDbContext context, string path, long length) : Stream
{
    private byte[] _chunk = [];
    private int _chunkIndex = -1;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= length || buffer.Length == 0)
        {
            return 0;
        }

        var index = (int)(_position / DatabaseBlobProvider.ChunkSize);
        var offset = (int)(_position % DatabaseBlobProvider.ChunkSize);
        if (index != _chunkIndex)
        {
            _chunk = await DatabaseBlobProvider.Chunks(context, path).Where(c => c.Index == index).Select(c => c.Data).SingleAsync(cancellationToken);
            _chunkIndex = index;
        }

        var count = Math.Min(buffer.Length, _chunk.Length - offset);
        if (count <= 0)
        {
            throw new InvalidDataException($"The stored blob '{path}' is shorter than its chunks claim.");
        }

        _chunk.AsMemory(offset, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        SeekOrigin.End => length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

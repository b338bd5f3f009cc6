using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Blobs;

/// <summary>Reads a database blob chunk by chunk, one query each, as the caller consumes it.</summary>
internal sealed class DatabaseBlobReadStream(PlatformDbContext context, string path, int chunkCount) : Stream
{
    private byte[] _chunk = [];
    private int _offset;
    private int _nextIndex;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_offset == _chunk.Length)
        {
            if (_nextIndex == chunkCount)
            {
                return 0;
            }

            var index = _nextIndex++;
            _chunk = await DatabaseBlobProvider.Chunks(context, path).Where(c => c.Index == index).Select(c => c.Data).SingleAsync(cancellationToken);
            _offset = 0;
        }

        var count = Math.Min(buffer.Length, _chunk.Length - _offset);
        _chunk.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

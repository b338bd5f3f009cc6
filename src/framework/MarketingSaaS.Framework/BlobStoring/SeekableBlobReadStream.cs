namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>
/// A read-only stream of known length over stored content that a provider reads piece by piece from any position,
/// so range requests can seek (<see cref="ReadAtAsync"/> is all a provider writes). Nothing is buffered here.
/// </summary>
public abstract class SeekableBlobReadStream : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public sealed override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= Length || buffer.Length == 0)
        {
            return 0;
        }

        var read = await ReadAtAsync(_position, buffer[..(int)Math.Min(buffer.Length, Length - _position)], cancellationToken);
        if (read <= 0)
        {
            throw new IOException($"The stored content ended at byte {_position} of {Length}.");
        }

        _position += read;
        return read;
    }

    public sealed override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public sealed override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public sealed override void Flush()
    {
    }

    public sealed override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        SeekOrigin.End => Length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public sealed override void SetLength(long value) => throw new NotSupportedException();

    public sealed override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Reads at least one byte at <paramref name="position"/> (below <see cref="Stream.Length"/>) into the buffer; returns how many.</summary>
    protected abstract ValueTask<int> ReadAtAsync(long position, Memory<byte> buffer, CancellationToken cancellationToken);
}

using Amazon.S3;
using Amazon.S3.Model;

namespace MarketingSaaS.Framework.BlobStoring.S3;

/// <summary>
/// An S3 object's content as a seekable stream: it reads the body of one GET as it is consumed, and after a seek it
/// drops that response and asks for the rest of the object from the new position with a ranged GET (<c>Range:
/// bytes=n-</c>). A range request therefore costs the first GET's headers plus one ranged GET; nothing is buffered.
/// </summary>
internal sealed class S3BlobReadStream : Stream
{
    private readonly IAmazonS3 _client;
    private readonly string _bucket;
    private readonly string _key;
    private readonly long _length;
    private GetObjectResponse? _response;
    private long _responsePosition;
    private long _position;

    public S3BlobReadStream(IAmazonS3 client, string bucket, string key, GetObjectResponse response)
    {
        _client = client;
        _bucket = bucket;
        _key = key;
        _response = response;
        _length = response.ContentLength;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= _length || buffer.Length == 0)
        {
            return 0;
        }

        if (_response is null || _responsePosition != _position)
        {
            _response?.Dispose();
            _response = null;
            _response = await _client.GetObjectAsync(
                new GetObjectRequest { BucketName = _bucket, Key = _key, ByteRange = new ByteRange(_position, _length - 1) }, cancellationToken);
            _responsePosition = _position;
        }

        var read = await _response.ResponseStream.ReadAsync(buffer, cancellationToken);
        if (read == 0)
        {
            throw new IOException($"The S3 object '{_key}' ended at byte {_position} of {_length}.");
        }

        _position += read;
        _responsePosition += read;
        return read;
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
        SeekOrigin.End => _length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _response?.Dispose();
            _response = null;
        }

        base.Dispose(disposing);
    }
}

using Amazon.S3;
using Amazon.S3.Model;

namespace MarketingSaaS.Framework.BlobStoring.S3;

/// <summary>
/// An S3 object's content as a seekable stream: it reads the body of one GET as it is consumed, and after a seek it
/// drops that response and asks for the rest of the object from the new position with a ranged GET (<c>Range:
/// bytes=n-</c>). A range request therefore costs the first GET's headers plus one ranged GET; nothing is buffered.
/// </summary>
internal sealed class S3BlobReadStream(IAmazonS3 client, string bucket, string key, GetObjectResponse response) : SeekableBlobReadStream
{
    private readonly long _length = response.ContentLength;
    private GetObjectResponse? _response = response;
    private long _responsePosition;

    public override long Length => _length;

    protected override async ValueTask<int> ReadAtAsync(long position, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (_response is null || _responsePosition != position)
        {
            _response?.Dispose();
            _response = null;
            _response = await client.GetObjectAsync(
                new GetObjectRequest { BucketName = bucket, Key = key, ByteRange = new ByteRange(position, _length - 1) }, cancellationToken);
            _responsePosition = position;
        }

        var read = await _response.ResponseStream.ReadAsync(buffer, cancellationToken);
        _responsePosition += read;
        return read;
    }

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

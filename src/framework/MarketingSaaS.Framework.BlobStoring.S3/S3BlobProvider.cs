using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Framework.BlobStoring.S3;

/// <summary>
/// S3-compatible storage: the blob path is the object key. Uploads are single PUTs from the checked temporary
/// file (known length, so no chunked encoding, which emulators such as s3rver do not speak); downloads stream the
/// response body, seekable through ranged GETs (<see cref="S3BlobReadStream"/>).
/// </summary>
public sealed class S3BlobProvider : IBlobProvider, IDisposable
{
    public const string ProviderName = "S3";

    private readonly S3BlobProviderOptions _options;
    private readonly Lazy<AmazonS3Client> _client;
    private readonly SemaphoreSlim _bucketLock = new(1, 1);
    private volatile bool _bucketReady;

    public S3BlobProvider(IOptions<S3BlobProviderOptions> options)
    {
        _options = options.Value;
        _client = new Lazy<AmazonS3Client>(CreateClient);
    }

    public string Name => ProviderName;

    public async Task SaveAsync(string path, BlobSource source, CancellationToken cancellationToken = default)
    {
        await EnsureBucketAsync(cancellationToken);
        await using var content = source.OpenRead();
        await _client.Value.PutObjectAsync(
            new PutObjectRequest { BucketName = _options.BucketName, Key = path, InputStream = content, AutoCloseStream = false, UseChunkEncoding = false },
            cancellationToken);
    }

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await _client.Value.GetObjectAsync(_options.BucketName, path, cancellationToken);
            return new S3BlobReadStream(_client.Value, _options.BucketName, path, response);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            await _client.Value.GetObjectMetadataAsync(_options.BucketName, path, cancellationToken);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new ListObjectsV2Request { BucketName = _options.BucketName, Prefix = prefix };
        while (true)
        {
            var response = await ListPageAsync(request, cancellationToken);
            foreach (var item in response?.S3Objects ?? [])
            {
                yield return item.Key;
            }

            if (response?.IsTruncated != true)
            {
                yield break;
            }

            request.ContinuationToken = response.NextContinuationToken;
        }
    }

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!await ExistsAsync(path, cancellationToken))
        {
            return false;
        }

        await _client.Value.DeleteObjectAsync(_options.BucketName, path, cancellationToken);
        return true;
    }

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }

        _bucketLock.Dispose();
    }

    /// <summary>Null when the bucket does not exist (nothing was ever stored).</summary>
    private async Task<ListObjectsV2Response?> ListPageAsync(ListObjectsV2Request request, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.Value.ListObjectsV2Async(request, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private AmazonS3Client CreateClient()
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = _options.ForcePathStyle,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (_options.ServiceUrl is { } serviceUrl)
        {
            config.ServiceURL = serviceUrl;
            config.AuthenticationRegion = _options.Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(_options.Region);
        }

        return _options.AccessKey is { } accessKey
            ? new AmazonS3Client(new BasicAWSCredentials(accessKey, _options.SecretKey), config)
            : new AmazonS3Client(config);
    }

    private async Task EnsureBucketAsync(CancellationToken cancellationToken)
    {
        if (_bucketReady || !_options.CreateBucketIfMissing)
        {
            return;
        }

        await _bucketLock.WaitAsync(cancellationToken);
        try
        {
            if (!_bucketReady)
            {
                var buckets = await _client.Value.ListBucketsAsync(cancellationToken);
                if (buckets.Buckets?.Any(b => b.BucketName == _options.BucketName) != true)
                {
                    await _client.Value.PutBucketAsync(_options.BucketName, cancellationToken);
                }

                _bucketReady = true;
            }
        }
        finally
        {
            _bucketLock.Release();
        }
    }
}

namespace MarketingSaaS.Framework.BlobStoring.S3;

/// <summary><c>BlobStoring:S3:{ServiceUrl,Region,AccessKey,SecretKey,BucketName,ForcePathStyle,CreateBucketIfMissing}</c>.</summary>
public sealed class S3BlobProviderOptions
{
    /// <summary>An S3-compatible endpoint (MinIO, s3rver, …); null talks to AWS in <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }

    public string Region { get; set; } = "us-east-1";

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    public string BucketName { get; set; } = "marketingsaas";

    public bool ForcePathStyle { get; set; } = true;

    public bool CreateBucketIfMissing { get; set; } = true;
}

namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>Limits and provider of one container; code gives the defaults, <c>BlobStoring:Containers:&lt;name&gt;</c> overrides them.</summary>
public sealed class BlobContainerConfiguration
{
    public const long DefaultMaxSizeBytes = 20 * 1024 * 1024;

    /// <summary>Provider name (<c>FileSystem</c>, <c>Database</c>, <c>S3</c>); null uses <see cref="BlobStoringOptions.DefaultProvider"/>.</summary>
    public string? Provider { get; set; }

    public long MaxSizeBytes { get; set; } = DefaultMaxSizeBytes;

    /// <summary>Lower-case extensions with the dot (".pdf"); each must be one <see cref="BlobFileKinds"/> can recognise.</summary>
    public HashSet<string> AllowedExtensions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Multi-tenant containers keep each tenant's files under <c>tenants/{tenantId}/</c>; others under <c>host/</c>.</summary>
    public bool IsMultiTenant { get; set; } = true;
}

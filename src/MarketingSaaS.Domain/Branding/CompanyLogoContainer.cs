using MarketingSaaS.Framework.BlobStoring;

namespace MarketingSaaS.Branding;

/// <summary>The company logo shown in the portal's header: PNG or JPEG only (no SVG: it can carry script), at most 512 kB.</summary>
[BlobContainerName("company-logos")]
public sealed class CompanyLogoContainer
{
    public const long DefaultMaxSizeBytes = 512L * 1024;

    public static readonly string[] Extensions = [".png", ".jpg", ".jpeg"];
}

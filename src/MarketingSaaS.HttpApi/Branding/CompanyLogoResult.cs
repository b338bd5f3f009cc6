using MarketingSaaS.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MarketingSaaS.Branding;

/// <summary>The logo as an image for <c>&lt;img&gt;</c>: inline, revalidated by ETag (304 when unchanged), never sniffed, no active content.</summary>
public sealed class CompanyLogoResult(BlobDownloadDto file) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await using var content = file.Content;
        var headers = httpContext.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-cache";
        headers.ContentSecurityPolicy = "default-src 'none'";
        await TypedResults.Stream(content, file.ContentType, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\"")).ExecuteAsync(httpContext);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MarketingSaaS.Blobs;

/// <summary>
/// Streams a stored file as an attachment: the sniffed content type, <c>X-Content-Type-Options: nosniff</c>, and
/// <c>Content-Disposition: attachment</c> with an ASCII <c>filename</c> and the RFC 5987 <c>filename*</c> (UTF-8).
/// Range requests (<c>Range: bytes=…</c> → 206 with <c>Content-Range</c>, unsatisfiable → 416, <c>If-Range</c> against
/// the ETag = the SHA-256) are ASP.NET Core's own range processing, which needs a seekable stream: every provider's
/// read stream seeks without loading the file (file: the file; database: by chunk; S3: a ranged GET).
/// </summary>
public sealed class BlobFileResult(BlobDownloadDto file) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await using var content = file.Content;
        var response = httpContext.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        response.Headers["X-Content-SHA256"] = file.Sha256;
        if (!content.CanSeek)
        {
            response.ContentLength = file.Size; // a provider without seeking: whole content only, no Accept-Ranges
        }

        var etag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        await TypedResults.Stream(content, file.ContentType, file.FileName, entityTag: etag, enableRangeProcessing: true).ExecuteAsync(httpContext);
    }
}

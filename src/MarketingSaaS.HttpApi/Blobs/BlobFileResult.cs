using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MarketingSaaS.Blobs;

/// <summary>
/// Streams a stored file as an attachment: the sniffed content type, <c>X-Content-Type-Options: nosniff</c>, and
/// <c>Content-Disposition: attachment</c> with an ASCII <c>filename</c> and the RFC 5987 <c>filename*</c> (UTF-8).
/// </summary>
public sealed class BlobFileResult(BlobDownloadDto file) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await using var content = file.Content;
        var response = httpContext.Response;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        response.ContentType = file.ContentType;
        response.ContentLength = file.Size;
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        response.Headers["X-Content-SHA256"] = file.Sha256;
        await content.CopyToAsync(response.Body, 81920, httpContext.RequestAborted);
    }
}

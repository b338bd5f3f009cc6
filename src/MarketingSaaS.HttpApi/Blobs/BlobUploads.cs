using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.ExceptionHandling;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MarketingSaaS.Blobs;

/// <summary>
/// Uploads are the raw request body (any content type; the server sniffs the real one) with the original file name,
/// percent-encoded UTF-8, in the <c>X-File-Name</c> header. The body is read as a stream by the container, never
/// buffered; a declared length above the container's limit is refused before reading.
/// </summary>
public static class BlobUploads
{
    public const string FileNameHeader = "X-File-Name";

    public static string? Prepare(HttpContext http, IBlobContainer container)
    {
        var max = container.Configuration.MaxSizeBytes;
        if (http.Request.ContentLength > max)
        {
            throw new BusinessException(BlobStoringErrorCodes.FileTooLarge, new Dictionary<string, object?> { ["max"] = FormatSize(max) }, 413);
        }

        // The container counts the bytes itself; Kestrel's 30 MB default would cut larger containers off.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + 1;
        }

        var name = http.Request.Headers[FileNameHeader].ToString();
        return name.Length == 0 ? null : Uri.UnescapeDataString(name);
    }

    public static string FormatSize(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";
}

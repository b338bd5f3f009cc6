using Microsoft.AspNetCore.StaticFiles;

namespace MarketingSaaS.Portal;

/// <summary>The content type of "x.js.br" is the one of "x.js".</summary>
public sealed class PrecompressedContentTypeProvider : IContentTypeProvider
{
    private readonly FileExtensionContentTypeProvider inner = new();

    public bool TryGetContentType(string subpath, out string contentType)
    {
        var original = subpath.EndsWith(".br", StringComparison.Ordinal) || subpath.EndsWith(".gz", StringComparison.Ordinal) ? subpath[..^3] : subpath;
        return inner.TryGetContentType(original, out contentType!);
    }
}

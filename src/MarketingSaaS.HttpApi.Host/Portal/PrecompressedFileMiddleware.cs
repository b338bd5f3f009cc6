using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace MarketingSaaS.Portal;

/// <summary>
/// Serves "x.js.br" (or ".gz") for "x.js" when the browser accepts that encoding and the build made the file:
/// maximum-quality compression without spending CPU per request. The static file middleware then sends it.
/// </summary>
public sealed class PrecompressedFileMiddleware(RequestDelegate next, IFileProvider files)
{
    private static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && path is not null && Path.HasExtension(path))
        {
            var accepted = request.Headers.AcceptEncoding.ToString();
            foreach (var (encoding, suffix) in Encodings)
            {
                if (accepted.Contains(encoding, StringComparison.OrdinalIgnoreCase) && files.GetFileInfo(path + suffix).Exists)
                {
                    request.Path = path + suffix;
                    context.Response.Headers[HeaderNames.ContentEncoding] = encoding;
                    context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                    break;
                }
            }
        }

        return next(context);
    }
}

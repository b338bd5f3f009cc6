namespace MarketingSaaS.Security;

/// <summary>
/// <c>nosniff</c> on every answer (portal, public registration pages, API, errors, static files); the policy, framing
/// and referrer headers on the HTML documents, the only answers a browser applies them to (sent on each script,
/// style sheet and JSON answer they cost ~330 bytes each: 11–18 kB of a phone's first load). Set when the response
/// starts, so an error page written after the exception handler cleared the headers carries them too.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Scripts only from the portal's own files (no inline script, no eval). Styles allow 'unsafe-inline': Angular and
    /// ng-zorro insert style elements and style attributes at run time (docs/security.md). No framing by anyone.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}

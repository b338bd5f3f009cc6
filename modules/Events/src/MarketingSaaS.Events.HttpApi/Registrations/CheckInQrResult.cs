using MarketingSaaS.Events.CheckIns;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MarketingSaaS.Events.Registrations;

/// <summary>The QR image answer: inline SVG, not cached by shared caches (the image carries the secret code).</summary>
internal static class CheckInQrResult
{
    public static FileContentHttpResult Svg(HttpContext http, byte[] svg)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(svg, CheckInQrCode.ContentType);
    }
}

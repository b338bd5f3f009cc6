using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MarketingSaaS.Framework.AspNetCore.Compression;

public static class HttpsCompressionEndpointExtensions
{
    /// <summary>
    /// Answers of this endpoint are never compressed over HTTPS: they carry a secret (a bearer token, an
    /// authenticator key), and a compressed secret next to attacker-chosen text can leak through its length (BREACH).
    /// </summary>
    public static TBuilder WithoutHttpsCompression<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(static (context, next) =>
        {
            if (context.HttpContext.Features.Get<IHttpsCompressionFeature>() is { } compression)
            {
                compression.Mode = HttpsCompressionMode.DoNotCompress;
            }

            return next(context);
        });
}

using MarketingSaaS.Framework.Localization;
using Microsoft.AspNetCore.Localization;

namespace MarketingSaaS;

public static class RequestLocalizationExtensions
{
    private static readonly string[] Cultures = [.. LocalizationResourceRegistry.SupportedCultures, "zh-CN", "zh"];

    /// <summary>Culture from the "culture" query or cookie, then Accept-Language; zh-CN and zh use the zh-Hans texts.</summary>
    public static IApplicationBuilder UseMarketingRequestLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture("zh-Hans")
            .AddSupportedCultures(Cultures)
            .AddSupportedUICultures(Cultures);
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.ApplyCurrentCultureToResponseHeaders = true;
        return app.UseRequestLocalization(options);
    }
}

using MarketingSaaS.Framework.Localization;
using Microsoft.AspNetCore.Localization;

namespace MarketingSaaS;

public static class RequestLocalizationExtensions
{
    /// <summary>Culture from the "culture" query or cookie, then Accept-Language; zh-CN maps to zh-Hans.</summary>
    public static IApplicationBuilder UseMarketingRequestLocalization(this IApplicationBuilder app)
    {
        var cultures = LocalizationResourceRegistry.SupportedCultures.ToArray();
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture("zh-Hans")
            .AddSupportedCultures(cultures)
            .AddSupportedUICultures(cultures);
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.ApplyCurrentCultureToResponseHeaders = true;
        return app.UseRequestLocalization(options);
    }
}

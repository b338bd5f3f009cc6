using MarketingSaaS.Framework.Features;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Framework.AspNetCore.Authorization;

/// <summary>
/// The 403 for a missing feature: a switched-off module says which module ("Framework:ModuleNotEnabled",
/// with its localized display name "Feature:Modules.X"); other features answer "Framework:FeatureNotEnabled".
/// </summary>
internal static class FeatureDeniedProblem
{
    public static (string Code, Dictionary<string, object?> Data) For(string feature, IStringLocalizer localizer)
    {
        if (!ModuleFeatures.IsModuleSwitch(feature))
        {
            return ("Framework:FeatureNotEnabled", new Dictionary<string, object?> { ["feature"] = feature });
        }

        var displayName = localizer["Feature:" + feature];
        var module = displayName.ResourceNotFound ? feature[ModuleFeatures.Prefix.Length..] : displayName.Value;
        return ("Framework:ModuleNotEnabled", new Dictionary<string, object?> { ["feature"] = feature, ["module"] = module });
    }
}

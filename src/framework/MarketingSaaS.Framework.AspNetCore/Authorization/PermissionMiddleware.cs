using MarketingSaaS.Framework.AspNetCore.ExceptionHandling;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Framework.AspNetCore.Authorization;

/// <summary>After authentication: checks the endpoint's required features, then its permissions (403 otherwise).</summary>
public sealed class PermissionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IFeatureChecker features, IPermissionChecker permissions, ProblemResponder problems, IStringLocalizer localizer)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata is not null)
        {
            foreach (var requirement in metadata.GetOrderedMetadata<FeatureRequirement>())
            {
                if (!await features.IsEnabledAsync(requirement.Feature, context.RequestAborted))
                {
                    var (code, data) = FeatureDeniedProblem.For(requirement.Feature, localizer);
                    await problems.WriteAsync(context, StatusCodes.Status403Forbidden, code, data);
                    return;
                }
            }

            var required = metadata.GetOrderedMetadata<PermissionRequirement>();
            if (required.Count > 0 && context.User.Identity?.IsAuthenticated == true)
            {
                var granted = await permissions.GetGrantedAsync(context.RequestAborted);
                var missing = required.SelectMany(r => r.Permissions).FirstOrDefault(p => !granted.Contains(p));
                if (missing is not null)
                {
                    await problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Framework:PermissionDenied", new Dictionary<string, object?> { ["permission"] = missing });
                    return;
                }
            }
        }

        await next(context);
    }
}

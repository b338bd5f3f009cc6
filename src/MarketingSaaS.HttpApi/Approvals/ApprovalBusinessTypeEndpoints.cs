using MarketingSaaS.Framework.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Approvals;

public static class ApprovalBusinessTypeEndpoints
{
    /// <summary>The business types the platform and the composed modules registered, for the portal's lists and labels.</summary>
    public static IEndpointRouteBuilder MapApprovalBusinessTypesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/approvals/business-types", (IApprovalBusinessTypeAppService businessTypes) => TypedResults.Ok(businessTypes.GetList()))
            .WithTags("ApprovalBusinessTypes")
            .RequireSignedIn();
        return endpoints;
    }
}

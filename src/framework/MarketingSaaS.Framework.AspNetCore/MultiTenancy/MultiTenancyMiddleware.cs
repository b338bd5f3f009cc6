using MarketingSaaS.Framework.AspNetCore.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Http;

namespace MarketingSaaS.Framework.AspNetCore.MultiTenancy;

/// <summary>Makes the request's tenant current. Unknown → 404, deactivated → 403, never another tenant.</summary>
public sealed class MultiTenancyMiddleware(RequestDelegate next, TenantResolver resolver)
{
    public async Task InvokeAsync(HttpContext context, ITenantStore tenantStore, ICurrentTenant currentTenant, ProblemResponder problems)
    {
        var (value, _) = resolver.Resolve(context);
        if (value is null)
        {
            await next(context);
            return;
        }

        var tenant = Guid.TryParse(value, out var id)
            ? await tenantStore.FindAsync(id, context.RequestAborted)
            : await tenantStore.FindAsync(value, context.RequestAborted);
        if (tenant is null)
        {
            await problems.WriteAsync(context, StatusCodes.Status404NotFound, "Framework:TenantNotFound", new Dictionary<string, object?> { ["tenant"] = value });
            return;
        }

        if (!tenant.IsActive)
        {
            await problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Framework:TenantInactive", new Dictionary<string, object?> { ["tenant"] = tenant.Name });
            return;
        }

        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            await next(context);
        }
    }
}

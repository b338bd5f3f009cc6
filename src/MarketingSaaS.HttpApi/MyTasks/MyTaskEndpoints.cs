using MarketingSaaS.Framework.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.MyTasks;

public static class MyTaskEndpoints
{
    /// <summary>Signed in: each source checks its own permission (process steps need <c>Processes.Instances</c>).</summary>
    public static IEndpointRouteBuilder MapMyTasksApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/my-tasks", async (IMyTaskAppService tasks, CancellationToken ct) => TypedResults.Ok(await tasks.GetListAsync(ct)))
            .WithTags("MyTasks").RequireSignedIn();
        return endpoints;
    }
}

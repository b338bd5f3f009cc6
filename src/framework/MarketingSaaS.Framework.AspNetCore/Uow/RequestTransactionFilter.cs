using MarketingSaaS.Framework.Uow;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.AspNetCore.Uow;

/// <summary>
/// Runs a state-changing request (POST, PUT, PATCH, DELETE) as one unit of work: every DbContext it uses joins one
/// transaction per database, committed once after the handler returned and before the response is written, so a
/// failed commit (a concurrent edit: 409) is still the answer. A handler that throws leaves nothing behind: rows,
/// enqueued jobs and outbox messages roll back together. Endpoints marked
/// <see cref="RequestTransactionEndpointExtensions.WithoutRequestTransaction{TBuilder}"/> save step by step.
/// </summary>
public sealed class RequestTransactionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!IsStateChanging(http.Request.Method) || http.GetEndpoint()?.Metadata.GetMetadata<WithoutRequestTransactionMetadata>() is not null
            || http.RequestServices.GetService<IUnitOfWork>() is not { } unitOfWork)
        {
            return await next(context);
        }

        await using var transaction = await unitOfWork.BeginTransactionAsync(http.RequestAborted);
        var result = await next(context);
        await transaction.CommitAsync(CancellationToken.None);
        return result;
    }

    private static bool IsStateChanging(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}

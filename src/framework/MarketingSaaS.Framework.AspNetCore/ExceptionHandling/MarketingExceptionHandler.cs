using System.Text.Json;
using MarketingSaaS.Framework.AspNetCore.Json;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace MarketingSaaS.Framework.AspNetCore.ExceptionHandling;

/// <summary>Maps the framework's exceptions to ProblemDetails; anything else stays a 500.</summary>
public sealed class MarketingExceptionHandler(ProblemResponder problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case FieldValidationException e:
                await problems.WriteValidationAsync(httpContext, e.Errors);
                return true;
            case BusinessException e:
                await problems.WriteAsync(httpContext, e.StatusCode, e.Code, e.Details);
                return true;
            case EntityNotFoundException e:
                await problems.WriteAsync(httpContext, StatusCodes.Status404NotFound, "Framework:EntityNotFound", new Dictionary<string, object?> { ["entity"] = e.EntityType.Name, ["id"] = e.Id });
                return true;
            case ConcurrencyException:
                await problems.WriteAsync(httpContext, StatusCodes.Status409Conflict, "Framework:ConcurrencyConflict");
                return true;
            case DuplicateKeyException:
                await problems.WriteAsync(httpContext, StatusCodes.Status409Conflict, "Framework:DuplicateKey");
                return true;
            case BadHttpRequestException { InnerException: JsonException json } when JsonValueErrors.FieldOf(json) is { } field:
                await problems.WriteValidationAsync(httpContext, new Dictionary<string, FieldError[]> { [field] = [JsonValueErrors.ErrorOf(json)] });
                return true;
            case BadHttpRequestException e:
                await problems.WriteAsync(httpContext, e.StatusCode, "Framework:BadRequest", new Dictionary<string, object?> { ["detail"] = e.Message });
                return true;
            default:
                return false;
        }
    }
}

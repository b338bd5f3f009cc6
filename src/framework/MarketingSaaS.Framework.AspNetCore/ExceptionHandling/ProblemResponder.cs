using MarketingSaaS.Framework.ExceptionHandling;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MarketingSaaS.Framework.AspNetCore.ExceptionHandling;

/// <summary>Writes RFC 7807 answers whose title is the localized text of an error code.</summary>
public sealed class ProblemResponder(IProblemDetailsService problemDetails, ErrorTextFormatter formatter)
{
    public ProblemDetails Create(int status, string code, IReadOnlyDictionary<string, object?>? data = null)
    {
        var problem = new ProblemDetails { Status = status, Title = formatter.Format(code, data) };
        problem.Extensions["code"] = code;
        if (data is { Count: > 0 })
        {
            problem.Extensions["data"] = data;
        }

        return problem;
    }

    public async Task WriteAsync(HttpContext context, int status, string code, IReadOnlyDictionary<string, object?>? data = null)
    {
        context.Response.StatusCode = status;
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = Create(status, code, data) });
    }

    public async Task WriteValidationAsync(HttpContext context, IReadOnlyDictionary<string, FieldError[]> errors)
    {
        var localized = errors.ToDictionary(e => e.Key, e => e.Value.Select(k => formatter.Format(k.Code, k.Data)).ToArray());
        var problem = new HttpValidationProblemDetails(localized)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = formatter.Format("Framework:ValidationFailed"),
        };
        problem.Extensions["code"] = "Framework:ValidationFailed";
        var data = errors.Where(e => e.Value.Any(f => f.Data is { Count: > 0 }))
            .ToDictionary(e => e.Key, e => (object?)e.Value.First(f => f.Data is { Count: > 0 }).Data);
        if (data.Count > 0)
        {
            // the values of the fields' first errors with data (e.g. a template error's line and column), keyed by field
            problem.Extensions["data"] = data;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}

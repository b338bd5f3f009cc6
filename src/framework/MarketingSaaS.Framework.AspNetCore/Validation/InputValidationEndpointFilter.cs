using System.Reflection;
using MarketingSaaS.Framework.AspNetCore.ExceptionHandling;
using MarketingSaaS.Framework.ExceptionHandling;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.AspNetCore.Validation;

/// <summary>
/// Validates a handler's input DTOs (<see cref="InputValidator"/>) before the handler runs and answers 400 with
/// the field errors. Which arguments to check is decided once per endpoint, at start-up: DTOs from the body or
/// a form, and <c>[AsParameters]</c> objects; services, route, query and header values are left alone.
/// Route and query values, which do not pass the JSON converters, are refused with control characters
/// (<see cref="ControlCharacters"/>), enum arguments given as numbers (<see cref="QueryEnumNames"/>) and date-time
/// arguments outside <see cref="BusinessDateRange"/>; date-times are handed on in UTC.
/// </summary>
public static class InputValidationEndpointFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var services = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var inputs = context.MethodInfo.GetParameters()
            .Where(p => InputValidator.HasRules(p.ParameterType) && IsInput(p, services))
            .Select(p => p.Position)
            .ToArray();
        var dateTimes = context.MethodInfo.GetParameters()
            .Where(p => p.ParameterType == typeof(DateTimeOffset) || p.ParameterType == typeof(DateTimeOffset?))
            .Select(p => p.Position)
            .ToArray();
        var enumKeys = QueryEnumNames.KeysOf(context.MethodInfo);
        var parameterNames = context.MethodInfo.GetParameters().ToDictionary(p => p.Position, p => p.Name!);
        var problems = context.ApplicationServices.GetRequiredService<ProblemResponder>();
        return async invocation =>
        {
            var errors = new Dictionary<string, FieldError[]>();
            CollectControlCharacters(invocation.HttpContext.Request, errors);
            foreach (var key in enumKeys.Where(k => QueryEnumNames.HasNumber(invocation.HttpContext.Request.Query, k)))
            {
                errors[key] = [new FieldError("Framework:InvalidFormat")];
            }

            foreach (var index in dateTimes)
            {
                if (invocation.Arguments[index] is not DateTimeOffset value)
                {
                    continue;
                }

                invocation.Arguments[index] = value.ToUniversalTime();
                if (!BusinessDateRange.Contains(DateOnly.FromDateTime(value.UtcDateTime)))
                {
                    errors[parameterNames[index]] = [BusinessDateRange.Error];
                }
            }

            foreach (var index in inputs)
            {
                if (invocation.Arguments[index] is { } input)
                {
                    InputValidator.Collect(input, errors);
                }
            }

            if (errors.Count == 0)
            {
                return await next(invocation);
            }

            await problems.WriteValidationAsync(invocation.HttpContext, errors);
            return Results.Empty;
        };
    }

    private static void CollectControlCharacters(HttpRequest request, Dictionary<string, FieldError[]> errors)
    {
        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && ControlCharacters.AreIn(text))
            {
                errors[name] = [ControlCharacters.Error];
            }
        }

        foreach (var (name, values) in request.Query)
        {
            if (ControlCharacters.AreIn(name) || values.Any(ControlCharacters.AreIn))
            {
                errors[name] = [ControlCharacters.Error];
            }
        }
    }

    private static bool IsInput(ParameterInfo parameter, IServiceProviderIsService? services)
    {
        var attributes = parameter.GetCustomAttributes(inherit: true);
        if (attributes.Any(a => a is AsParametersAttribute or IFromBodyMetadata or IFromFormMetadata))
        {
            return true;
        }

        var boundElsewhere = attributes.Any(a => a is IFromServiceMetadata or FromKeyedServicesAttribute
            or IFromRouteMetadata or IFromQueryMetadata or IFromHeaderMetadata);
        return !boundElsewhere && services?.IsService(parameter.ParameterType) != true;
    }
}

using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MarketingSaaS.OpenApi;

/// <summary>
/// Gives strings, dates and date-times their "string" type back: the schema generator leaves the type out for a
/// type with a custom JSON converter, and the host reads these through its own (<c>Framework.AspNetCore/Json</c>).
/// String lists and dictionaries get their item and value types the same way, and decimals (read by the
/// significant-digits converter) their "number or string" type, as the web defaults describe them.
/// </summary>
public sealed class ConvertedScalarSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Type[] StringTypes = [typeof(string), typeof(DateOnly), typeof(DateTimeOffset)];

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        if (schema.Type is null && StringTypes.Contains(underlying ?? type))
        {
            schema.Type = underlying is not null || IsNullableReference(context) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (schema.Type is null && (underlying ?? type) == typeof(decimal))
        {
            schema.Type = JsonSchemaType.Number | JsonSchemaType.String | (underlying is not null ? JsonSchemaType.Null : 0);
        }

        // The items of a string list and the values of a string dictionary come without any schema at all.
        if (context.JsonTypeInfo.ElementType is { } element && StringTypes.Contains(Nullable.GetUnderlyingType(element) ?? element))
        {
            if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Enumerable && schema.Items is null or OpenApiSchema { Type: null })
            {
                schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
            }
            else if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Dictionary && schema.AdditionalProperties is null or OpenApiSchema { Type: null })
            {
                schema.AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null };
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsNullableReference(OpenApiSchemaTransformerContext context) =>
        context.JsonPropertyInfo?.AttributeProvider is PropertyInfo property
        && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;
}

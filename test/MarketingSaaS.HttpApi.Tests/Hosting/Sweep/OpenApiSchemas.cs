using System.Text.Json;

namespace MarketingSaaS.HttpApi.Tests.Hosting.Sweep;

/// <summary>Reads the parts of the host's OpenAPI 3.1 document the sweep needs: references, types, formats, enums.</summary>
internal sealed class OpenApiSchemas(JsonElement document)
{
    private readonly JsonElement _schemas = document.GetProperty("components").GetProperty("schemas");

    /// <summary>The schema itself, its <c>$ref</c> target, or the non-null branch of a <c>oneOf</c>.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Resolve(_schemas.GetProperty(reference.GetString()!.Split('/')[^1]));
        }

        if (schema.TryGetProperty("oneOf", out var branches) || schema.TryGetProperty("anyOf", out branches))
        {
            return Resolve(branches.EnumerateArray().First(b => TypeOf(b) != "null"));
        }

        return schema;
    }

    /// <summary>The schema's one non-null type ("string", "integer", "number", "boolean", "array", "object"), "enum", or "".</summary>
    public static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out _))
        {
            return "enum";
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "";
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
        return types.Contains("number") ? "number" : types.FirstOrDefault(t => t != "null") ?? "null";
    }

    public static string? FormatOf(JsonElement schema) => schema.TryGetProperty("format", out var format) ? format.GetString() : null;
}

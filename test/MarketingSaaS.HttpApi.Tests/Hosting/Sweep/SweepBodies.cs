using System.Text.Json;
using System.Text.Json.Nodes;

namespace MarketingSaaS.HttpApi.Tests.Hosting.Sweep;

/// <summary>
/// A plausible body for a schema, and bad variants of it: each property (nested ones too, and the first element of
/// each list) in turn null, of the wrong type, or an extreme value of its type.
/// </summary>
internal sealed class SweepBodies(OpenApiSchemas schemas)
{
    private const int MaxDepth = 4;

    public static readonly string[] WholeBodies = ["{", "[]", "\"text\"", "{\"a\":\"\\u0000\"}"];

    public JsonNode? Sample(JsonElement schema, int depth = 0)
    {
        schema = schemas.Resolve(schema);
        return OpenApiSchemas.TypeOf(schema) switch
        {
            "enum" => JsonValue.Create(schema.GetProperty("enum")[0].GetString()),
            "string" => OpenApiSchemas.FormatOf(schema) switch
            {
                "uuid" => JsonValue.Create(Guid.NewGuid()),
                "date" => JsonValue.Create("2026-05-04"),
                "date-time" => JsonValue.Create("2026-05-04T08:00:00Z"),
                "email" => JsonValue.Create("sweep@example.test"),
                _ => JsonValue.Create("sweep"),
            },
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(10),
            "boolean" => JsonValue.Create(true),
            "array" when depth < MaxDepth && schema.TryGetProperty("items", out var items) => new JsonArray(Sample(items, depth + 1)),
            "array" => new JsonArray(),
            "object" when depth < MaxDepth => SampleObject(schema, depth),
            _ => null,
        };
    }

    public IEnumerable<(string Name, JsonNode? Body)> Variants(JsonElement schema)
    {
        var sample = Sample(schema);
        foreach (var (path, leafSchema) in Leaves(schema, [], 0))
        {
            foreach (var (name, value) in BadValues(leafSchema))
            {
                var body = sample?.DeepClone();
                if (body is not null && Replace(body, path, value))
                {
                    yield return ($"{string.Join('.', path)} = {name}", body);
                }
            }
        }
    }

    private JsonObject SampleObject(JsonElement schema, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Sample(property.Value, depth + 1);
            }
        }

        if (schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            result["sweep"] = Sample(values, depth + 1);
        }

        return result;
    }

    private IEnumerable<(object[] Path, JsonElement Schema)> Leaves(JsonElement schema, object[] path, int depth)
    {
        schema = schemas.Resolve(schema);
        if (path.Length > 0)
        {
            yield return (path, schema);
        }

        if (depth >= MaxDepth)
        {
            yield break;
        }

        var type = OpenApiSchemas.TypeOf(schema);
        if (type == "array" && schema.TryGetProperty("items", out var items))
        {
            foreach (var leaf in Leaves(items, [.. path, 0], depth + 1))
            {
                yield return leaf;
            }
        }
        else if (type == "object" && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                foreach (var leaf in Leaves(property.Value, [.. path, property.Name], depth + 1))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static IEnumerable<(string Name, JsonNode? Value)> BadValues(JsonElement schema)
    {
        yield return ("null", null);
        switch (OpenApiSchemas.TypeOf(schema))
        {
            case "string":
                yield return ("number", JsonValue.Create(12345));
                yield return ("NUL", JsonValue.Create("a\u0000b"));
                yield return ("over-long", JsonValue.Create(new string('x', 20_000)));
                switch (OpenApiSchemas.FormatOf(schema))
                {
                    case "date":
                        yield return ("0001-01-01", JsonValue.Create("0001-01-01"));
                        yield return ("9999-12-31", JsonValue.Create("9999-12-31"));
                        break;
                    case "date-time":
                        yield return ("0001-01-01", JsonValue.Create("0001-01-01T00:00:00Z"));
                        yield return ("9999-12-31", JsonValue.Create("9999-12-31T23:59:59.9999999Z"));
                        yield return ("+14:00", JsonValue.Create("2026-05-04T08:00:00+14:00"));
                        break;
                }

                break;
            case "integer":
            case "number":
                yield return ("text", JsonValue.Create("abc"));
                yield return ("1e30", JsonNode.Parse("1e30"));
                yield return ("1e17", JsonNode.Parse("100000000000000000"));
                yield return ("-1", JsonValue.Create(-1));
                yield return ("0.000000001", JsonNode.Parse("0.000000001"));
                break;
            case "enum":
                yield return ("99", JsonValue.Create(99));
                yield return ("unknown name", JsonValue.Create("NoSuchValue"));
                break;
            case "boolean":
                yield return ("text", JsonValue.Create("abc"));
                break;
            case "array":
                yield return ("object", new JsonObject());
                yield return ("nested nulls", new JsonArray(null, null));
                break;
            case "object":
                yield return ("array", new JsonArray());
                break;
        }
    }

    private static bool Replace(JsonNode root, object[] path, JsonNode? value)
    {
        var parent = root;
        foreach (var step in path[..^1])
        {
            parent = (step, parent) switch
            {
                (int index, JsonArray array) when index < array.Count => array[index],
                (string name, JsonObject obj) => obj[name],
                _ => null,
            };
            if (parent is null)
            {
                return false;
            }
        }

        switch (path[^1], parent)
        {
            case (int index, JsonArray array) when index < array.Count:
                array[index] = value;
                return true;
            case (string name, JsonObject obj):
                obj[name] = value;
                return true;
            default:
                return false;
        }
    }
}

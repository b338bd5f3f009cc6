using System.Text.Json;

namespace MarketingSaaS.Framework.BackgroundJobs;

public static class BackgroundJobJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize<TArgs>(TArgs args) => JsonSerializer.Serialize(args, Options);

    public static object Deserialize(string json, Type argsType) =>
        JsonSerializer.Deserialize(json, argsType, Options) ?? throw new InvalidOperationException($"The job's arguments are null ({argsType.Name}).");
}

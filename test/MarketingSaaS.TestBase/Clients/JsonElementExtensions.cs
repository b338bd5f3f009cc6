using System.Text.Json;

namespace MarketingSaaS.TestBase.Clients;

public static class JsonElementExtensions
{
    /// <summary>The "id" of a DTO read from the API.</summary>
    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();
}
